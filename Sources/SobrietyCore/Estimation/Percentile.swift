extension RangeSettings {
    /// The low and high percentiles of a set of draws, interpolated linearly between order
    /// statistics (Hyndman and Fan's type 7, the default of R and NumPy).
    func range(of draws: [Double]) -> (low: Double, high: Double) {
        let sorted = draws.sorted()
        return (Self.percentile(lowPercentile, of: sorted), Self.percentile(highPercentile, of: sorted))
    }

    static func percentile(_ percent: Double, of sorted: [Double]) -> Double {
        guard let first = sorted.first else { return 0 }
        guard sorted.count > 1 else { return first }
        let position = Double(sorted.count - 1) * percent / 100
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }

    /// An estimate from a central value and the draws of the same quantity.
    ///
    /// The range is reported as drawn, never widened to contain the central value: where factor
    /// distributions are skewed (a central value at the end of its range), the central estimate
    /// can sit near or beyond an end of the range, and the report says so honestly.
    func estimate(central: Double, draws: [Double]) -> EmissionEstimate {
        let (low, high) = range(of: draws)
        return EmissionEstimate(
            central: GramsCO2e(grams: central),
            low: GramsCO2e(grams: low),
            high: GramsCO2e(grams: high)
        )
    }
}
