import SobrietyCore

/// How to read a campaign file: `--preset` and `--mapping`.
public enum InputPreset: Sendable, Hashable {
    /// Canonical CSV, or the export whose header a bundled preset recognises (`--preset auto`).
    case automatic
    /// Canonical CSV only (`--preset canonical`).
    case canonical
    /// The export of one bundled preset, by name (`--preset meta-ads`).
    case named(String)
    /// The export a user's mapping file describes (`--mapping my.toml`), in the presets' TOML schema.
    case mappingFile(String)

    /// The names of the bundled presets, sorted: what `--preset` accepts besides `auto` and `canonical`.
    ///
    /// Read from the generated table's keys: no preset is parsed.
    public static var bundledNames: [String] { BundledPresets.files.map(\.name) }

    /// The preset `--preset NAME` asks for: `auto`, `canonical` or a bundled name; `nil` for another name.
    public init?(name: String) {
        switch name {
        case "auto": self = .automatic
        case "canonical": self = .canonical
        case _ where Self.bundledNames.contains(name): self = .named(name)
        default: return nil
        }
    }
}

/// The bundled presets, parsed on first use: never when every file read is canonical CSV.
enum PresetCatalog {
    /// Every bundled preset, in name order.
    static let bundled: [ExportPreset] = BundledPresets.files.map { name, text in
        do {
            return try ExportPresetParser.parse(text, path: "\(name).toml")
        } catch {
            preconditionFailure("the bundled preset \(name) does not parse: \(error)")
        }
    }

    /// The presets `choice` lets the detector consider, or `nil` for canonical CSV only.
    ///
    /// - Throws: ``InputFileError`` when a mapping file cannot be read; ``InputErrors`` when it is not a valid mapping.
    static func candidates(for choice: InputPreset) throws -> [ExportPreset]? {
        switch choice {
        case .canonical: return nil
        case .automatic: return bundled
        case .named(let name): return bundled.filter { $0.name == name }
        case .mappingFile(let path): return [try mapping(at: path)]
        }
    }

    /// Reads a user's mapping file.
    static func mapping(at path: String) throws -> ExportPreset {
        let file = try InputFile(path: path, displayName: path)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try file.read(into: $0) }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputErrors(diagnostics: [
                fileError(path, line: 1, code: "invalid-mapping", "the mapping file is not UTF-8 text")
            ])
        }
        return try ExportPresetParser.parse(text, path: path)
    }
}
