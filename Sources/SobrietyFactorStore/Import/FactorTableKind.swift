/// The kinds of file in a factor-table folder, each recognised by its name or, for factor tables, by its header.
enum FactorTableKind: CaseIterable, Sendable {
    /// A table of factors (`grid-intensity.csv`, `video.csv`, …), recognised by its header.
    case factors
    /// `sources.csv`: the publications factors cite.
    case sources
    /// `platforms.csv`: each platform's channel and defaults.
    case platforms
    /// `countries.csv`: ISO codes and names.
    case countries
    /// `manifest.csv`: the set's name and version.
    case manifest

    /// The columns the file must have, in order.
    var header: [String] {
        switch self {
        case .factors: ["key", "dimension", "value", "low", "high", "unit", "source", "year", "note"]
        case .sources: ["id", "publisher", "title", "year", "url", "licence"]
        case .platforms:
            ["platform", "name", "channel", "default_format", "default_buying", "mfa_applies", "source", "note"]
        case .countries: ["alpha2", "alpha3", "name"]
        case .manifest: ["field", "value"]
        }
    }

    /// The file name that identifies the kind, or `nil` for factor tables (any name, known by the header).
    var fileName: String? {
        switch self {
        case .factors: nil
        case .sources: "sources.csv"
        case .platforms: "platforms.csv"
        case .countries: "countries.csv"
        case .manifest: "manifest.csv"
        }
    }

    /// The kinds with a fixed file name, in the order they are imported.
    static let namedKinds: [FactorTableKind] = allCases.filter { $0.fileName != nil }

    /// The kind a file's name selects: a named kind, or a factor table for any other name.
    static func kind(ofFileNamed fileName: String) -> FactorTableKind {
        namedKinds.first { $0.fileName == fileName } ?? .factors
    }
}
