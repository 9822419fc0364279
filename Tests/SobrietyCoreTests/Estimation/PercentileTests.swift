import Testing

@testable import SobrietyCore

/// Percentiles by selection agree exactly with percentiles read from a sorted copy.
@Suite struct PercentileTests {
    /// Type 7 from a full sort: the definition the selection must reproduce.
    func sortedPercentile(_ percent: Double, _ values: [Double]) -> Double {
        let sorted = values.sorted()
        let position = Double(sorted.count - 1) * percent / 100
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }

    @Test(arguments: [1, 2, 3, 10, 999, 1_000, 1_001])
    func selectionMatchesSorting(count: Int) {
        var generator = SplitMix64(seed: UInt64(count))
        // Ties included: a third of the values repeat.
        let values = (0..<count).map { index in index % 3 == 0 ? 0.5 : generator.nextUnit() }
        let settings = RangeSettings(draws: count, seed: 0)
        let (low, high) = settings.range(of: values)
        #expect(low == sortedPercentile(5, values))
        #expect(high == sortedPercentile(95, values))
    }

    @Test func theTriangularDrawStaysWithinItsRangeAndHitsTheMode() {
        #expect(FactorDraws.triangular(low: 1, mode: 2, high: 4, uniform: 0) == 1)
        #expect(FactorDraws.triangular(low: 1, mode: 2, high: 4, uniform: 1.0 / 3) == 2)
        #expect(abs(FactorDraws.triangular(low: 1, mode: 2, high: 4, uniform: 0.999_999_999) - 4) < 1e-3)
        #expect(FactorDraws.triangular(low: 3, mode: 3, high: 3, uniform: 0.7) == 3)
    }
}
