/// Campaign totals before and after: emissions, intensities and impressions.
public struct TotalsDiff: Sendable, Hashable, Codable {
    /// Total emissions, with their ranges.
    public var emissions: FigureChange<EmissionEstimate>
    /// Emissions per 1,000 impressions.
    public var gramsPerThousandImpressions: FigureChange<EmissionEstimate>
    /// Emissions per 1,000 useful impressions.
    public var gramsPerThousandUsefulImpressions: FigureChange<EmissionEstimate>
    /// Impressions served.
    public var impressions: FigureChange<Double>
    /// Impressions left after every waste cause.
    public var usefulImpressions: FigureChange<Double>

    /// Compares the totals of two audits.
    ///
    /// - Parameters:
    ///   - before: The base plan's totals.
    ///   - after: The head plan's totals.
    public init(before: Totals, after: Totals) {
        emissions = FigureChange(before: before.emissions, after: after.emissions)
        gramsPerThousandImpressions = FigureChange(
            before: before.gramsPerThousandImpressions,
            after: after.gramsPerThousandImpressions
        )
        gramsPerThousandUsefulImpressions = FigureChange(
            before: before.gramsPerThousandUsefulImpressions,
            after: after.gramsPerThousandUsefulImpressions
        )
        impressions = FigureChange(before: before.impressions, after: after.impressions)
        usefulImpressions = FigureChange(before: before.usefulImpressions, after: after.usefulImpressions)
    }
}
