/// A lever that brings one waste rate to a benchmark a buyer can reach, buying correspondingly
/// fewer impressions so that what passes this cause stays the same.
///
/// A line at pass share `p` (the share the cause lets through) raised to the target's `p′` needs
/// `p / p′` of its impressions: IVT filtering, MFA exclusion, a viewability floor and audience
/// refinement all keep the line's useful impressions. Only audience refinement loses reach: the
/// people outside the target are no longer reached.
struct RateLever: PlanLever {
    let lever: Lever
    let rate: WasteRate
    let instruction: String
    /// The target rate's factor in ``LeverFactors``.
    let target: any KeyPath<LeverFactors, Int> & Sendable
    /// Whether the lever fits only platforms with made-for-advertising inventory.
    var needsMadeForAdvertisingInventory = false

    static let ivtFiltering = RateLever(
        lever: .ivtFiltering,
        rate: .invalidTraffic,
        instruction: "Filter invalid traffic before the bid and buy verified inventory, cutting the IVT rate,",
        target: \.ivtRate
    )
    static let mfaExclusion = RateLever(
        lever: .mfaExclusion,
        rate: .madeForAdvertising,
        instruction:
            "Exclude made-for-advertising sites with an inclusion list of vetted publishers, cutting the MFA share,",
        target: \.mfaRate,
        needsMadeForAdvertisingInventory: true
    )
    static let viewabilityFloor = RateLever(
        lever: .viewabilityFloor,
        rate: .viewability,
        instruction:
            "Buy only viewable impressions (a pre-bid viewability floor or viewable-only buying), raising the viewable rate,",
        target: \.viewabilityRate
    )
    static let audienceRefinement = RateLever(
        lever: .audienceRefinement,
        rate: .onTarget,
        instruction:
            "Refine the audience with first-party or contextual segments instead of broad third-party data, raising the on-target rate,",
        target: \.onTargetRate
    )

    func apply(to lines: inout [CampaignLine], in context: LeverContext) -> LeverAction? {
        let targetFactor = context.thresholds[keyPath: target]
        let targetRate = context.value(targetFactor)
        let targetPass = rate.passShare(atRate: targetRate)
        var changed: [(index: Int, adjustment: LineAdjustment)] = []
        for (index, resolved) in context.evaluation.resolved.enumerated() {
            if needsMadeForAdvertisingInventory,
                context.factors.platformDefaults[lines[index].platformKey]?.profile.hasMadeForAdvertisingInventory
                    != true
            {
                continue
            }
            let current = resolved.rates[rate].value(in: context.factors)
            let pass = rate.passShare(atRate: current)
            guard pass < targetPass, targetPass > 0 else { continue }
            var line = lines[index].scaled(by: pass / targetPass, scalesReach: rate == .onTarget)
            line[keyPath: rate.column] = targetRate
            lines[index] = line
            changed.append(
                (index, LineAdjustment(lineItem: line.lineItem, kind: .rate, from: current, to: targetRate))
            )
        }
        guard !changed.isEmpty else { return nil }
        return LeverAction(instruction: instruction, lines: changed, sources: [context.source(targetFactor)])
    }
}
