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

    /// The columns every request selects, in the order ``init(row:)`` reads them.
    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id,
            Columns.publisher,
            Columns.title,
            Columns.year,
            Columns.url,
            Columns.licence,
        ]
    }

    /// Reads a fetched row of ``databaseSelection``, column by column in order (faster than by name).
    init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        publisher = try row.decode(atIndex: 1)
        title = try row.decode(atIndex: 2)
        year = try row.decode(atIndex: 3)
        url = try row.decode(atIndex: 4)
        licence = try row.decode(atIndex: 5)
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
