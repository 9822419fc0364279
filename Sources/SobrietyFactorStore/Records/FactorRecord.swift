import GRDB
import SobrietyCore

/// A row of `factors`: one emission factor; a missing dimension is `NULL`.
struct FactorRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "factors"

    /// The columns, for queries.
    enum Columns {
        static let key = Column(CodingKeys.key)
        static let dimension = Column(CodingKeys.dimension)
        static let value = Column(CodingKeys.value)
        static let low = Column(CodingKeys.low)
        static let high = Column(CodingKeys.high)
        static let unit = Column(CodingKeys.unit)
        static let source = Column(CodingKeys.source)
        static let year = Column(CodingKeys.year)
        static let note = Column(CodingKeys.note)
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
