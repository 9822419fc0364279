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

    /// Reads a fetched row, column by column.
    init(row: Row) throws {
        alpha2 = try row.decode(forColumn: Columns.alpha2)
        alpha3 = try row.decode(forColumn: Columns.alpha3)
        name = try row.decode(forColumn: Columns.name)
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
