import GRDB
import SobrietyCore

/// A row of `countries`: a country or region by its ISO 3166-1 codes.
struct CountryRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "countries"

    /// The columns, for queries.
    enum Columns {
        static let alpha2 = Column(CodingKeys.alpha2)
        static let alpha3 = Column(CodingKeys.alpha3)
        static let name = Column(CodingKeys.name)
    }

    var alpha2: String
    var alpha3: String
    var name: String

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
