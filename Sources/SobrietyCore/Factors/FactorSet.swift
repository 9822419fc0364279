/// The name, version and content digest that identify a factor set, printed in every report.
public struct FactorSetIdentity: Sendable, Hashable, Codable {
    /// The set's name, such as `sobriety-default`.
    public var name: String
    /// The set's version, such as `2026.1`.
    public var version: String
    /// SHA-256 of the set's canonical content (``FactorSet/canonicalContent``), lowercase hex.
    public var sha256: String

    /// Creates an identity.
    public init(name: String, version: String, sha256: String) {
        self.name = name
        self.version = version
        self.sha256 = sha256
    }
}

/// An immutable set of emission factors, their sources, and the platform and country vocabularies.
///
/// The core never reads a database: the factor store loads a `FactorSet` value and the estimator
/// looks factors up in it. Tests can build one in memory.
public struct FactorSet: Sendable {
    /// Name, version and digest.
    public let identity: FactorSetIdentity
    /// Every factor, sorted by key then dimension.
    public let factors: [EmissionFactor]
    /// Sources by id.
    public let sources: [String: FactorSource]
    /// Platforms by key.
    public let platforms: [String: PlatformProfile]
    /// Countries and regions by alpha-2 code.
    public let countries: [String: Country]
    private let indexByID: [FactorID: Int]

    /// Creates a set.
    ///
    /// Factors are sorted into canonical order; a later duplicate replaces an earlier one.
    public init(
        identity: FactorSetIdentity,
        factors: [EmissionFactor],
        sources: [FactorSource],
        platforms: [PlatformProfile],
        countries: [Country]
    ) {
        let sorted = Self.canonicalOrder(factors)
        self.identity = identity
        self.factors = sorted
        self.sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.platforms = Dictionary(platforms.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        self.countries = Dictionary(countries.map { ($0.alpha2, $0) }, uniquingKeysWith: { _, last in last })
        self.indexByID = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.id, $0) })
    }

    /// Factors sorted by identity, a later duplicate replacing an earlier one.
    ///
    /// Factors already in strictly increasing order, as a factor store reads them, are kept as they are.
    private static func canonicalOrder(_ factors: [EmissionFactor]) -> [EmissionFactor] {
        if zip(factors, factors.dropFirst()).allSatisfy({ $0.id < $1.id }) { return factors }
        var unique: [FactorID: EmissionFactor] = [:]
        for factor in factors { unique[factor.id] = factor }
        return unique.values.sorted { $0.id < $1.id }
    }

    /// The position of a factor in ``factors``, or `nil` when the set has no such factor.
    public func index(of id: FactorID) -> Int? {
        indexByID[id]
    }

    /// The factor with this key and dimension, or `nil`.
    public func factor(_ key: FactorKey, _ dimension: String? = nil) -> EmissionFactor? {
        index(of: FactorID(key: key, dimension: dimension)).map { factors[$0] }
    }

    /// The dimensions the set holds for a key, sorted.
    public func dimensions(of key: FactorKey) -> [String] {
        factors.compactMap { $0.key == key ? $0.dimension : nil }
    }

    /// Platform keys, sorted, for messages that list the known ones.
    public var platformKeys: [String] { platforms.keys.sorted() }
}

extension FactorSet {
    /// The text the digest is computed over.
    ///
    /// One line per record, tables and rows in a fixed order, numbers in their shortest round-trip form. Two sets with the same content have the same text,
    /// whatever database or file they came from. The identity's own digest is not part of it.
    public var canonicalContent: String {
        var lines = ["set|\(identity.name)|\(identity.version)"]
        for factor in factors {
            lines.append(
                [
                    "factor", factor.key.rawValue, factor.dimension ?? "", "\(factor.value)", "\(factor.low)",
                    "\(factor.high)", factor.unit, factor.source, "\(factor.year)", factor.note,
                ]
                .joined(separator: "|")
            )
        }
        for source in sources.values.sorted(by: { $0.id < $1.id }) {
            lines.append(
                ["source", source.id, source.publisher, source.title, "\(source.year)", source.url, source.licence]
                    .joined(separator: "|")
            )
        }
        for platform in platforms.values.sorted(by: { $0.key < $1.key }) {
            lines.append(
                [
                    "platform", platform.key, platform.name, platform.channel, platform.defaultFormat.rawValue,
                    platform.defaultBuying.rawValue, "\(platform.hasMadeForAdvertisingInventory)", platform.source,
                    platform.note,
                ]
                .joined(separator: "|")
            )
        }
        for country in countries.values.sorted(by: { $0.alpha2 < $1.alpha2 }) {
            lines.append(["country", country.alpha2, country.alpha3, country.name].joined(separator: "|"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
