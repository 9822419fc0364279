/// A mass of carbon-dioxide equivalent, stored in grams.
///
/// Arithmetic is defined between masses only; scaling by a plain number keeps the unit.
public struct GramsCO2e: Sendable, Hashable, Comparable, AdditiveArithmetic, Codable {
    /// The mass in grams of CO2e.
    public var grams: Double

    /// Creates a mass from grams of CO2e.
    public init(grams: Double) {
        self.grams = grams
    }

    /// A mass from kilograms; one kilogram is 1,000 grams.
    public static func kilograms(_ kilograms: Double) -> GramsCO2e {
        GramsCO2e(grams: kilograms * 1_000)
    }

    /// A mass from tonnes; one tonne is 1,000,000 grams.
    public static func tonnes(_ tonnes: Double) -> GramsCO2e {
        GramsCO2e(grams: tonnes * 1_000_000)
    }

    /// No emissions.
    public static let zero = GramsCO2e(grams: 0)

    /// The mass in kilograms.
    public var kilograms: Double { grams / 1_000 }

    /// The mass in tonnes.
    public var tonnes: Double { grams / 1_000_000 }

    /// The sum of two masses.
    public static func + (lhs: GramsCO2e, rhs: GramsCO2e) -> GramsCO2e {
        GramsCO2e(grams: lhs.grams + rhs.grams)
    }

    /// The difference of two masses.
    public static func - (lhs: GramsCO2e, rhs: GramsCO2e) -> GramsCO2e {
        GramsCO2e(grams: lhs.grams - rhs.grams)
    }

    /// Whether the first of two masses is the smaller.
    public static func < (lhs: GramsCO2e, rhs: GramsCO2e) -> Bool {
        lhs.grams < rhs.grams
    }

    /// Scales a mass by a dimensionless factor.
    public static func * (lhs: GramsCO2e, rhs: Double) -> GramsCO2e {
        GramsCO2e(grams: lhs.grams * rhs)
    }

    /// Decodes the value from a plain JSON number.
    public init(from decoder: any Decoder) throws {
        self.grams = try decoder.singleValueContainer().decode(Double.self)
    }

    /// Encodes the value as a plain JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(grams)
    }
}
