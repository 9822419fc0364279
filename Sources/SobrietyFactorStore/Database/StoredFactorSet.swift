import GRDB
import SobrietyCore

/// A factor set as a database holds it: the identity recorded when it was built, and the content with the
/// digest computed afresh.
struct StoredFactorSet: Sendable {
    /// Name, version and digest as the `factor_set` row records them.
    var recordedIdentity: FactorSetIdentity
    /// The content, its identity's digest computed from the content.
    var factorSet: FactorSet

    /// Whether the recorded digest is the content's digest.
    var isDigestConsistent: Bool {
        recordedIdentity.sha256 == factorSet.identity.sha256
    }

    /// Reads every table of a factor store.
    ///
    /// - Parameters:
    ///   - db: A connection to the store.
    ///   - store: The store's path or name, for errors.
    /// - Returns: The stored set.
    /// - Throws: ``FactorStoreError/invalidContent(store:detail:)`` for a row the set cannot hold, or a GRDB error.
    static func read(_ db: Database, store: String) throws -> StoredFactorSet {
        let recorded = try readWithRecordedIdentity(db, store: store)
        return StoredFactorSet(recordedIdentity: recorded.identity, factorSet: recorded.withComputedDigest())
    }

    /// Reads every table of a factor store whose recorded digest is known to be its content's, as in a store
    /// this process wrote from a set whose digest it had computed: the digest is not computed again.
    ///
    /// - Parameters:
    ///   - db: A connection to the store.
    ///   - store: The store's path or name, for errors.
    /// - Returns: The content, with the identity the `factor_set` row records.
    /// - Throws: As ``read(_:store:)``.
    static func readWithRecordedIdentity(_ db: Database, store: String) throws -> FactorSet {
        let identities = try FactorSetRecord.fetchAll(db)
        guard identities.count == 1, let identity = identities.first?.identity else {
            throw FactorStoreError.invalidContent(
                store: store,
                detail: "\(FactorSetRecord.databaseTableName) has \(identities.count) rows, expected exactly one"
            )
        }
        let factors = try FactorRecord.order(FactorRecord.Columns.key, FactorRecord.Columns.dimension).fetchAll(db)
        let sources = try SourceRecord.order(SourceRecord.Columns.id).fetchAll(db)
        let platforms = try PlatformRecord.order(PlatformRecord.Columns.key).fetchAll(db)
        let countries = try CountryRecord.order(CountryRecord.Columns.alpha2).fetchAll(db)
        return FactorSet(
            identity: identity,
            factors: factors.map(\.emissionFactor),
            sources: sources.map(\.factorSource),
            platforms: try platforms.map { try $0.profile(in: store) },
            countries: countries.map(\.country)
        )
    }

    /// Writes a set into the empty tables of a migrated store, recording its identity.
    ///
    /// Rows are inserted in key order, so that the same set always gives the same database file, byte for byte.
    ///
    /// - Parameters:
    ///   - factorSet: The set, its identity's digest already computed.
    ///   - db: A connection to the store, inside a write transaction.
    /// - Throws: A GRDB error, such as a constraint the schema enforces.
    static func write(_ factorSet: FactorSet, into db: Database) throws {
        try FactorSetRecord(factorSet.identity).insert(db)
        for source in factorSet.sources.values.sorted(by: { $0.id < $1.id }) { try SourceRecord(source).insert(db) }
        for country in factorSet.countries.values.sorted(by: { $0.alpha2 < $1.alpha2 }) {
            try CountryRecord(country).insert(db)
        }
        for platform in factorSet.platforms.values.sorted(by: { $0.key < $1.key }) {
            try PlatformRecord(platform).insert(db)
        }
        for factor in factorSet.factors { try FactorRecord(factor).insert(db) }
    }
}
