import ArgumentParser
import Sobriety

/// `--preset`, `--mapping` and the file-wide values: how campaign files are read.
struct InputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Input preset: auto (detect from the header), canonical, or an export: \(InputOptions.presetList).",
            valueName: "name"
        )
    )
    var preset: String = "auto"

    @Option(
        help: ArgumentHelp(
            "A mapping file (TOML, the presets' schema) for an export no preset reads; see the README.",
            valueName: "path"
        )
    )
    var mapping: String?

    @Option(help: ArgumentHelp("Viewers' country for rows that give none (ISO 3166-1 alpha-2).", valueName: "code"))
    var country: String?

    @Option(
        help: ArgumentHelp(
            "Device, or a mix such as mobile:0.8;desktop:0.2, for rows that give none.",
            valueName: "mix"
        )
    )
    var device: String?

    @Option(help: ArgumentHelp("Platform key for rows that give none (replaces the preset's).", valueName: "key"))
    var platform: String?

    @Option(
        name: .customLong("ad-format"),
        help: ArgumentHelp(
            "Ad format for rows that give none: video, image, carousel, story, text, live, audio.",
            valueName: "key"
        )
    )
    var adFormat: String?

    @Option(
        help: ArgumentHelp(
            "Buying mode for rows that give none: social, open_exchange, pmp, direct, organic.",
            valueName: "key"
        )
    )
    var buying: String?

    @Option(
        name: .customLong("creative-bytes"),
        help: ArgumentHelp("Creative weight in bytes for rows that give none.", valueName: "bytes")
    )
    var creativeBytes: String?

    @Option(
        name: .customLong("bitrate-kbps"),
        help: ArgumentHelp("Delivered video bitrate for rows that give none.", valueName: "kbps")
    )
    var bitrateKilobitsPerSecond: String?

    @Option(help: ArgumentHelp("Video resolution, such as 1080p, for rows that give none.", valueName: "key"))
    var resolution: String?

    @Option(
        name: .customLong("video-duration-seconds"),
        help: ArgumentHelp("Length of the video creative for rows that give none.", valueName: "seconds")
    )
    var videoDurationSeconds: String?

    @Option(
        name: .customLong("viewability-rate"),
        help: ArgumentHelp("Viewable share (0.7 or 70%) for rows that give none.", valueName: "rate")
    )
    var viewabilityRate: String?

    @Option(
        name: .customLong("ivt-rate"),
        help: ArgumentHelp("Invalid-traffic share for rows that give none.", valueName: "rate")
    )
    var invalidTrafficRate: String?

    @Option(
        name: .customLong("on-target-rate"),
        help: ArgumentHelp("On-target share for rows that give none.", valueName: "rate")
    )
    var onTargetRate: String?

    @Option(
        name: .customLong("mfa-rate"),
        help: ArgumentHelp("Made-for-advertising share for rows that give none.", valueName: "rate")
    )
    var madeForAdvertisingRate: String?

    /// The presets `--preset` accepts, as the help and the usage error list them.
    static let presetList = InputPreset.bundledNames.joined(separator: ", ")

    func validate() throws {
        guard InputPreset(name: preset) != nil else {
            throw ValidationError("--preset \(preset) is not a preset; available: auto, canonical, \(Self.presetList)")
        }
        if mapping != nil, preset != "auto" {
            throw ValidationError("--mapping replaces --preset; give one of them")
        }
    }

    /// How to read the files: the mapping file, or the preset named.
    var inputPreset: InputPreset {
        if let mapping { return .mappingFile(mapping) }
        return InputPreset(name: preset) ?? .automatic
    }

    /// An auditor valuing with `factorSet` that reads campaign files with these options.
    ///
    /// - Throws: ``UsageError`` naming each file-wide flag whose value is not valid.
    func auditor(factorSet: FactorSet) throws -> Auditor {
        var auditor = Auditor(factorSet: factorSet)
        auditor.preset = inputPreset
        auditor.fileWide = try fileWideValues(factorSet: factorSet)
        return auditor
    }

    /// The file-wide values given, checked against `factorSet`.
    ///
    /// - Throws: ``UsageError`` naming each flag whose value is not valid.
    func fileWideValues(factorSet: FactorSet) throws -> FileWideValues {
        let given: [(flag: String, column: String, value: String?)] = [
            ("--country", "country", country), ("--device", "device", device), ("--platform", "platform", platform),
            ("--ad-format", "format", adFormat), ("--buying", "buying", buying),
            ("--creative-bytes", "creative_bytes", creativeBytes),
            ("--bitrate-kbps", "bitrate_kbps", bitrateKilobitsPerSecond),
            ("--resolution", "resolution", resolution),
            ("--video-duration-seconds", "video_duration_seconds", videoDurationSeconds),
            ("--viewability-rate", "viewability_rate", viewabilityRate), ("--ivt-rate", "ivt_rate", invalidTrafficRate),
            ("--on-target-rate", "on_target_rate", onTargetRate), ("--mfa-rate", "mfa_rate", madeForAdvertisingRate),
        ]
        var values: [String: String] = [:]
        for entry in given { if let value = entry.value { values[entry.column] = value } }
        let fileWide = try FileWideValues(values)
        let problems = fileWide.problems(factorSet: factorSet)
        guard problems.isEmpty else {
            let flagByColumn = Dictionary(uniqueKeysWithValues: given.map { ($0.column, $0.flag) })
            let messages = problems.map { problem -> String in
                let column = String(problem.message.prefix { $0 != ":" })
                return (flagByColumn[column] ?? column) + problem.message.dropFirst(column.count)
            }
            throw UsageError(description: messages.joined(separator: "\n"))
        }
        return fileWide
    }
}
