/// How ranges are computed: a seeded Monte Carlo over triangular distributions of every factor.
///
/// Each factor is drawn from a triangular distribution (low, central, high). The range of a figure
/// is the `lowPercentile`–`highPercentile` interval of its draws, interpolated linearly between order
/// statistics. The same seed and draw count give the same ranges.
public struct RangeSettings: Sendable, Hashable, Codable {
    /// Always `monte-carlo-triangular`.
    public var kind: String
    /// Number of draws.
    public var draws: Int
    /// Seed of the random generator.
    public var seed: UInt64
    /// Percentile reported as `low`, 0–100.
    public var lowPercentile: Double
    /// Percentile reported as `high`, 0–100.
    public var highPercentile: Double

    /// Creates settings.
    public init(draws: Int, seed: UInt64, lowPercentile: Double = 5, highPercentile: Double = 95) {
        self.kind = "monte-carlo-triangular"
        self.draws = draws
        self.seed = seed
        self.lowPercentile = lowPercentile
        self.highPercentile = highPercentile
    }
}
