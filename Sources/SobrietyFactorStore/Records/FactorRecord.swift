import GRDB
import SobrietyCore

/// A row of `factors`: one emission factor; a missing dimension is `NULL`.
struct FactorRecord: Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "factors"

    /// The columns, for queries, reads and inserts.
    enum Columns {
        static let key = Column("key")
        static let dimension = Column("dimension")
        static let value = Column("value")
        static let low = Column("low")
        static let high = Column("high")
        static let unit = Column("unit")
        static let source = Column("source")
        static let year = Column("year")
        static let note = Column("note")
    }

    var key: String
    var dimension: String?
    var value: Double
    var low: Double
    var high: Double
    var unit: String
    var source: String
    var year: Int
    var note: String

    /// The columns every request selects, in the order ``init(row:)`` reads them.
    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.key,
            Columns.dimension,
            Columns.value,
            Columns.low,
            Columns.high,
            Columns.unit,
            Columns.source,
            Columns.year,
            Columns.note,
        ]
    }

    /// Reads a fetched row of ``databaseSelection``, column by column in order (faster than by name).
    init(row: Row) throws {
        key = try row.decode(atIndex: 0)
        dimension = try row.decode(atIndex: 1)
        value = try row.decode(atIndex: 2)
        low = try row.decode(atIndex: 3)
        high = try row.decode(atIndex: 4)
        unit = try row.decode(atIndex: 5)
        source = try row.decode(atIndex: 6)
        year = try row.decode(atIndex: 7)
        note = try row.decode(atIndex: 8)
    }

    /// Writes the row's columns, for inserts.
    func encode(to container: inout PersistenceContainer) {
        container[Columns.key] = key
        container[Columns.dimension] = dimension
        container[Columns.value] = value
        container[Columns.low] = low
        container[Columns.high] = high
        container[Columns.unit] = unit
        container[Columns.source] = source
        container[Columns.year] = year
        container[Columns.note] = note
    }

    /// The row for a factor.
    init(_ factor: EmissionFactor) {
        self.key = factor.key.rawValue
        self.dimension = factor.dimension
        self.value = factor.value
        self.low = factor.low
        self.high = factor.high
        self.unit = factor.unit
        self.source = factor.source
        self.year = factor.year
        self.note = factor.note
    }

    /// The factor the row describes.
    var emissionFactor: EmissionFactor {
        EmissionFactor(
            key: FactorKey(rawValue: key),
            dimension: dimension,
            value: value,
            low: low,
            high: high,
            unit: unit,
            source: source,
            year: year,
            note: note
        )
    }
}
