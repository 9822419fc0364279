/// A quantity with its central value and an uncertainty range.
///
/// `central` is computed from the central value of every factor. `low` and `high` are the
/// percentiles of a seeded Monte Carlo run (see ``RangeSettings``); they are not additive, so
/// estimates are never summed bound by bound.
public struct Estimate<Quantity: Sendable & Hashable>: Sendable, Hashable {
    /// The value computed from central factor values.
    public var central: Quantity
    /// The low end of the range (the low percentile of the draws).
    public var low: Quantity
    /// The high end of the range (the high percentile of the draws).
    public var high: Quantity

    /// Creates an estimate from its three values.
    public init(central: Quantity, low: Quantity, high: Quantity) {
        self.central = central
        self.low = low
        self.high = high
    }

    /// An estimate with no uncertainty.
    public init(exactly value: Quantity) {
        self.init(central: value, low: value, high: value)
    }

    /// Applies a transformation to each of the three values.
    public func map<Other>(_ transform: (Quantity) -> Other) -> Estimate<Other> {
        Estimate<Other>(central: transform(central), low: transform(low), high: transform(high))
    }
}

extension Estimate: Codable where Quantity: Codable {}
