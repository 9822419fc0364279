import GRDB
import SobrietyCore

/// A row of `countries`: a country or region by its ISO 3166-1 codes.
struct CountryRecord: Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "countries"

    /// The columns, for queries, reads and inserts.
    enum Columns {
        static let alpha2 = Column("alpha2")
        static let alpha3 = Column("alpha3")
        static let name = Column("name")
    }

    var alpha2: String
    var alpha3: String
    var name: String

    /// The columns every request selects, in the order ``init(row:)`` reads them.
    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.alpha2,
            Columns.alpha3,
            Columns.name,
        ]
    }

    /// Reads a fetched row of ``databaseSelection``, column by column in order (faster than by name).
    init(row: Row) throws {
        alpha2 = try row.decode(atIndex: 0)
        alpha3 = try row.decode(atIndex: 1)
        name = try row.decode(atIndex: 2)
    }

    /// Writes the row's columns, for inserts.
    func encode(to container: inout PersistenceContainer) {
        container[Columns.alpha2] = alpha2
        container[Columns.alpha3] = alpha3
        container[Columns.name] = name
    }

    /// The row for a country.
    init(_ country: Country) {
        self.alpha2 = country.alpha2
        self.alpha3 = country.alpha3
        self.name = country.name
    }

    /// The country the row describes.
    var country: Country {
        Country(alpha2: alpha2, alpha3: alpha3, name: name)
    }
}
