/// The waste waterfall of DESIGN §3: each cause takes its rate of the impressions the previous
/// causes left, in a fixed order; what remains are the useful impressions.
public struct WasteWaterfall: Sendable, Hashable {
    /// Wasted impressions by cause, in ``WasteCause/allCases`` order.
    public let impressionsByCause: [Double]
    /// Impressions left after every cause.
    public let usefulImpressions: Double

    /// Runs the waterfall for one line.
    /// - Parameters:
    ///   - impressions: Impressions served, `N`.
    ///   - invalidTrafficRate: Share of invalid traffic.
    ///   - madeForAdvertisingRate: Share of what remains on made-for-advertising sites (0 where none exist).
    ///   - viewabilityRate: Share of what remains that was viewable.
    ///   - onTargetRate: Share of what remains in the target audience.
    ///   - reach: Unique people reached, when known; without it there is no excess-frequency waste.
    ///   - frequencyCap: Exposures per person above which impressions are excess.
    public init(
        impressions: Double,
        invalidTrafficRate: Double,
        madeForAdvertisingRate: Double,
        viewabilityRate: Double,
        onTargetRate: Double,
        reach: Double?,
        frequencyCap: Double
    ) {
        var remaining = impressions
        var wasted: [Double] = []
        func take(_ share: Double) {
            let lost = remaining * share
            wasted.append(lost)
            remaining -= lost
        }
        take(invalidTrafficRate)
        take(madeForAdvertisingRate)
        take(1 - viewabilityRate)
        take(1 - onTargetRate)
        if let reach, impressions > 0 {
            take(max(0, 1 - frequencyCap * reach / impressions))
        } else {
            take(0)
        }
        impressionsByCause = wasted
        usefulImpressions = remaining
    }

    /// Wasted impressions for one cause.
    public func impressions(for cause: WasteCause) -> Double {
        impressionsByCause[WasteCause.allCases.firstIndex(of: cause) ?? 0]
    }
}
