/// One parameter of the method: a central value with its range, unit and cited source.
public struct EmissionFactor: Sendable, Hashable, Codable {
    /// The parameter's name, such as `grid.intensity`.
    public var key: FactorKey
    /// The country, device, buying mode, format or channel the value is for; `nil` when the key has none.
    public var dimension: String?
    /// The central value, used for the central estimate.
    public var value: Double
    /// The low end of the plausible range.
    public var low: Double
    /// The high end of the plausible range.
    public var high: Double
    /// The unit of the three values, such as `gCO2e/kWh`.
    public var unit: String
    /// The id of the source in the factor set's sources.
    public var source: String
    /// The year the value describes or was published.
    public var year: Int
    /// Why this value, and any judgement made in choosing it.
    public var note: String

    /// Creates a factor from all of its fields.
    public init(
        key: FactorKey,
        dimension: String?,
        value: Double,
        low: Double,
        high: Double,
        unit: String,
        source: String,
        year: Int,
        note: String
    ) {
        self.key = key
        self.dimension = dimension
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.source = source
        self.year = year
        self.note = note
    }

    /// The key and dimension that identify this factor in a set.
    public var id: FactorID { FactorID(key: key, dimension: dimension) }

    /// Whether `low ≤ value ≤ high` and all three are finite.
    public var isRangeConsistent: Bool {
        low.isFinite && value.isFinite && high.isFinite && low <= value && value <= high
    }
}

/// The identity of a factor within a set: its key and dimension.
public struct FactorID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The parameter's name.
    public var key: FactorKey
    /// The dimension, or `nil` for a key without one.
    public var dimension: String?

    /// Creates an identity from a key and an optional dimension.
    public init(key: FactorKey, dimension: String? = nil) {
        self.key = key
        self.dimension = dimension
    }

    /// `key[dimension]`, or the key alone.
    public var description: String {
        dimension.map { "\(key.rawValue)[\($0)]" } ?? key.rawValue
    }

    /// Orders by key, then dimension (no dimension first).
    public static func < (lhs: FactorID, rhs: FactorID) -> Bool {
        (lhs.key.rawValue, lhs.dimension ?? "") < (rhs.key.rawValue, rhs.dimension ?? "")
    }
}
