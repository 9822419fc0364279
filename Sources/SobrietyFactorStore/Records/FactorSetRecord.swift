import GRDB
import SobrietyCore

/// The single row of `factor_set`: the set's name, version and the digest recorded when it was built.
struct FactorSetRecord: Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "factor_set"
    /// The only id the table allows: it holds one row.
    static let singletonID = 1

    /// The columns, for queries, reads and inserts.
    enum Columns {
        static let id = Column("id")
        static let name = Column("name")
        static let version = Column("version")
        static let sha256 = Column("sha256")
    }

    /// Always ``singletonID``.
    var id: Int
    /// The set's name.
    var name: String
    /// The set's version.
    var version: String
    /// SHA-256 of the canonical content, lowercase hex, as recorded when the store was built.
    var sha256: String

    /// The columns every request selects, in the order ``init(row:)`` reads them.
    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id,
            Columns.name,
            Columns.version,
            Columns.sha256,
        ]
    }

    /// Reads a fetched row of ``databaseSelection``, column by column in order (faster than by name).
    init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        name = try row.decode(atIndex: 1)
        version = try row.decode(atIndex: 2)
        sha256 = try row.decode(atIndex: 3)
    }

    /// Writes the row's columns, for inserts.
    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.name] = name
        container[Columns.version] = version
        container[Columns.sha256] = sha256
    }

    /// The row for a set's identity.
    init(_ identity: FactorSetIdentity) {
        self.id = Self.singletonID
        self.name = identity.name
        self.version = identity.version
        self.sha256 = identity.sha256
    }

    /// The identity the row records.
    var identity: FactorSetIdentity {
        FactorSetIdentity(name: name, version: version, sha256: sha256)
    }
}
