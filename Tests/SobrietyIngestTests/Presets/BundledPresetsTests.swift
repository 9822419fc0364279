import Foundation
import Testing

@testable import SobrietyIngest

/// The guard that the presets built into the binary are `Sources/SobrietyIngest/Exports/Presets/Data/`, and its generator.
///
/// `Sources/SobrietyIngest/Exports/Presets/BundledPresets.swift` holds the text of every `*.toml` file of
/// `Data/`. The test fails when the checked-in file differs from what the files render; with
/// `RECORD_PRESETS=1` in the environment it rewrites the file instead, and reports that it did.
@Suite struct BundledPresetsTests {
    private static let recordVariable = "RECORD_PRESETS"
    private static let presetsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Sources/SobrietyIngest/Exports/Presets")
    private static let generatedFile = presetsDirectory.appendingPathComponent("BundledPresets.swift")

    @Test func generatedFileMatchesPresetFiles() throws {
        let rendered = BundledPresetsRenderer().render(try Self.presetFiles())
        let checkedIn = try? String(contentsOf: Self.generatedFile, encoding: .utf8)
        guard rendered != checkedIn else { return }
        if ProcessInfo.processInfo.environment[Self.recordVariable] == "1" {
            try Data(rendered.utf8).write(to: Self.generatedFile, options: .atomic)
            Issue.record(
                "Recorded \(Self.generatedFile.path) from Data/; run the tests again without \(Self.recordVariable)."
            )
        } else {
            Issue.record(
                """
                \(Self.generatedFile.path) does not match Data/. After changing a preset, regenerate it with
                \(Self.recordVariable)=1 swift test --filter BundledPresets
                """
            )
        }
    }

    @Test func everyPresetParsesAndIsNamedAfterItsFile() throws {
        for (name, text) in BundledPresets.files {
            let preset = try ExportPresetParser.parse(text, path: "\(name).toml")
            #expect(preset.name == name)
            #expect(preset.platform != nil, "\(name) names no default platform")
            #expect(!preset.strongSignals.isEmpty, "\(name) cannot be detected")
            #expect(!preset.lineItemParts.isEmpty, "\(name) has no line-item columns")
        }
    }

    @Test func presetsNameTheCLIContractsPlatforms() {
        let names = BundledPresets.files.map(\.name)
        for name in [
            "meta-ads", "google-ads", "dv360", "cm360", "tiktok-ads", "linkedin-ads", "snapchat-ads", "x-ads",
            "pinterest-ads", "douyin-ads", "xiaohongshu-ads",
        ] {
            #expect(names.contains(name))
        }
    }

    private static func presetFiles() throws -> [(name: String, text: String)] {
        let data = presetsDirectory.appendingPathComponent("Data")
        let names = try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".toml") }
        return try names.sorted().map { name in
            (
                String(name.dropLast(".toml".count)),
                try String(contentsOf: data.appendingPathComponent(name), encoding: .utf8)
            )
        }
    }
}

/// Renders `BundledPresets.swift`: each preset file's text as a raw multi-line string literal, by name.
struct BundledPresetsRenderer {
    private static let header = """
        // swift-format-ignore-file
        // Generated from Sources/SobrietyIngest/Exports/Presets/Data/*.toml by
        // Tests/SobrietyIngestTests/Presets/BundledPresetsTests.swift: do not edit.
        // After changing a preset, run `RECORD_PRESETS=1 swift test --filter BundledPresets`.

        /// The preset files of `Data/`, built into the binary; parsed only when a file is not canonical CSV.
        enum BundledPresets {
            /// Each preset's TOML text, by name (the file's name without `.toml`), sorted by name.
            static let files: [(name: String, text: String)] = [
        """

    /// The Swift source for `files`, sorted by name.
    func render(_ files: [(name: String, text: String)]) -> String {
        var lines = [Self.header]
        for (name, text) in files.sorted(by: { $0.name < $1.name }) {
            precondition(!text.contains("\"\"\"#"), "\(name).toml holds the raw literal's delimiter")
            lines.append("        (\"\(name)\", #\"\"\"")
            lines.append(text + "\"\"\"#),")
        }
        lines.append("    ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
