/// A plan's total emissions, centrally and at every Monte Carlo draw, with its impressions.
///
/// Two footprints drawn with the same settings share every factor's draws (each factor has its
/// own seeded stream), so their difference draw by draw is the range of a saving.
struct PlanFootprint: Sendable {
    /// Total emissions at central factor values, grams.
    let centralGrams: Double
    /// Total emissions at each draw, grams.
    let drawGrams: [Double]
    /// Impressions served.
    let impressions: Double
    /// Impressions left after every waste cause.
    let usefulImpressions: Double

    /// The saving from this plan to `leaner`, with its range taken from the paired draws.
    func saving(to leaner: PlanFootprint, range: RangeSettings) -> EmissionEstimate {
        range.estimate(
            central: centralGrams - leaner.centralGrams,
            draws: zip(drawGrams, leaner.drawGrams).map { $0 - $1 }
        )
    }

    /// This plan's emissions with their range.
    func emissions(range: RangeSettings) -> EmissionEstimate {
        range.estimate(central: centralGrams, draws: drawGrams)
    }
}
