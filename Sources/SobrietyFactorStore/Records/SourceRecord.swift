import GRDB
import SobrietyCore

/// A row of `sources`: a publication factors cite.
struct SourceRecord: Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sources"

    /// The columns, for queries, reads and inserts.
    enum Columns {
        static let id = Column("id")
        static let publisher = Column("publisher")
        static let title = Column("title")
        static let year = Column("year")
        static let url = Column("url")
        static let licence = Column("licence")
    }

    var id: String
    var publisher: String
    var title: String
    var year: Int
    var url: String
    var licence: String

    /// Reads a fetched row, column by column.
    init(row: Row) throws {
        id = try row.decode(forColumn: Columns.id)
        publisher = try row.decode(forColumn: Columns.publisher)
        title = try row.decode(forColumn: Columns.title)
        year = try row.decode(forColumn: Columns.year)
        url = try row.decode(forColumn: Columns.url)
        licence = try row.decode(forColumn: Columns.licence)
    }

    /// Writes the row's columns, for inserts.
    func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.publisher] = publisher
        container[Columns.title] = title
        container[Columns.year] = year
        container[Columns.url] = url
        container[Columns.licence] = licence
    }

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
