import GRDB
import SobrietyCore

/// A row of `sources`: a publication factors cite.
struct SourceRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sources"

    /// The columns, for queries.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let publisher = Column(CodingKeys.publisher)
        static let title = Column(CodingKeys.title)
        static let year = Column(CodingKeys.year)
        static let url = Column(CodingKeys.url)
        static let licence = Column(CodingKeys.licence)
    }

    var id: String
    var publisher: String
    var title: String
    var year: Int
    var url: String
    var licence: String

    /// The row for a source.
    init(_ source: FactorSource) {
        self.id = source.id
        self.publisher = source.publisher
        self.title = source.title
        self.year = source.year
        self.url = source.url
        self.licence = source.licence
    }

    /// The source the row describes.
    var factorSource: FactorSource {
        FactorSource(id: id, publisher: publisher, title: title, year: year, url: url, licence: licence)
    }
}
