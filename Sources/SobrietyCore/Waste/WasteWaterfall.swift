/// The waste waterfall of DESIGN §3: each cause takes its rate of the impressions the previous
/// causes left, in a fixed order; what remains are the useful impressions.
public struct WasteWaterfall: Sendable, Hashable {
    /// Wasted impressions by cause in lanes 0–4, in ``WasteCause/allCases`` order (no allocation per line).
    let wasted: SIMD8<Double>
    /// Impressions left after every cause.
    public let usefulImpressions: Double

    /// Wasted impressions by cause, in ``WasteCause/allCases`` order.
    public var impressionsByCause: [Double] {
        WasteCause.allCases.indices.map { wasted[$0] }
    }

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
        var wasted = SIMD8<Double>()
        let excessShare = reach.map { impressions > 0 ? max(0, 1 - frequencyCap * $0 / impressions) : 0 } ?? 0
        func take(_ share: Double, for cause: WasteCause) {
            wasted[cause.position] = remaining * share
            remaining -= wasted[cause.position]
        }
        take(invalidTrafficRate, for: .invalidTraffic)
        take(madeForAdvertisingRate, for: .madeForAdvertising)
        take(1 - viewabilityRate, for: .nonViewable)
        take(1 - onTargetRate, for: .outOfTarget)
        take(excessShare, for: .excessFrequency)
        self.wasted = wasted
        usefulImpressions = remaining
    }

    /// Wasted impressions for one cause.
    public func impressions(for cause: WasteCause) -> Double {
        wasted[cause.position]
    }
}
