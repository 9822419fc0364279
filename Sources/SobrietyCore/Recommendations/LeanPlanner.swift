/// Makes the lean plan: applies every lever, in ``Lever`` order, to a working copy of the plan,
/// and measures each lever's saving on what the previous ones left.
///
/// Savings are differences between successive plans, valued with the same factor draws (each key's price
/// table is drawn once and shared by the plans), so they never count a gram twice and add up to
/// `emissions(plan) − emissions(lean plan)`. A lever whose change would not lower the central estimate is left
/// out and the plan stays as it was.
struct LeanPlanner {
    let factors: MethodFactors
    let thresholds: LeverFactors
    let options: EstimationOptions

    /// The levers, in the order they are applied.
    static let levers: [any PlanLever] = [
        FrequencyCapLever(),
        RateLever.ivtFiltering,
        RateLever.mfaExclusion,
        RateLever.viewabilityFloor,
        RateLever.audienceRefinement,
        SupplyPathLever(),
        VideoBitrateLever(),
        VideoLengthLever(),
        CreativeWeightLever(),
        PlatformMixLever(),
    ]

    /// Prepares a planner.
    /// - Throws: ``FactorSetError`` when the set lacks a lever threshold.
    init(factors: MethodFactors, options: EstimationOptions) throws {
        self.factors = factors
        self.thresholds = try LeverFactors(factors.set)
        self.options = options
    }

    /// Applies the levers to a plan.
    /// - Parameters:
    ///   - plan: The campaign's lines, as read.
    ///   - prices: Price tables drawn with the options' range, shared with the audit's own valuation.
    /// - Returns: The recommendations, largest saving first, and the lean plan.
    /// - Throws: ``Diagnostic`` when a line names a platform the factor set does not know.
    func plan(_ plan: [CampaignLine], prices: inout PriceTables) throws -> LeanPlanResult {
        var lines = plan
        let original = try PlanEvaluation(lines: lines, factors: factors, options: options, prices: &prices)
        var current = original
        var recommendations: [Recommendation] = []
        var sources: Set<String> = []
        for lever in Self.levers {
            var changed = lines
            let context = LeverContext(
                factors: factors,
                thresholds: thresholds,
                evaluation: current,
                includesCorporate: options.includesCorporate
            )
            guard let action = lever.apply(to: &changed, in: context) else { continue }
            let next = try PlanEvaluation(lines: changed, factors: factors, options: options, prices: &prices)
            let saving = current.footprint.saving(to: next.footprint, range: options.range)
            guard saving.central.grams > 0 else { continue }
            recommendations.append(
                recommendation(
                    lever.lever,
                    order: recommendations.count + 1,
                    action: action,
                    lines: (before: lines, after: changed),
                    saving: saving,
                    evaluations: (before: current, after: next, original: original)
                )
            )
            sources.formUnion(action.sources)
            lines = changed
            current = next
        }
        recommendations.sort { ($1.savings.central, $0.order) < ($0.savings.central, $1.order) }
        return LeanPlanResult(
            recommendations: recommendations,
            leanPlan: try leanPlan(of: lines),
            lines: lines,
            sources: sources
        )
    }

    /// The lean plan's totals as an audit of its lines gives them, to the last bit: what auditing
    /// the lean-plan file reproduces (the plan comparisons sum segments in another order).
    private func leanPlan(of lines: [CampaignLine]) throws -> LeanPlan {
        var summary = options
        summary.keepsLines = false
        summary.scopes = []
        var estimator = CampaignEstimator(factors: factors, options: summary)
        for line in lines { try estimator.add(line) }
        let footprint = estimator.footprint()
        return LeanPlan(
            emissions: footprint.emissions(range: options.range),
            impressions: footprint.impressions,
            usefulImpressions: footprint.usefulImpressions
        )
    }

    private func recommendation(
        _ lever: Lever,
        order: Int,
        action: LeverAction,
        lines: (before: [CampaignLine], after: [CampaignLine]),
        saving: EmissionEstimate,
        evaluations: (before: PlanEvaluation, after: PlanEvaluation, original: PlanEvaluation)
    ) -> Recommendation {
        var indices: [Int] = []
        for (index, _) in action.lines where !indices.contains(index) { indices.append(index) }
        let lineItems = lines.before.map(\.lineItem)
        func kept(_ after: Double, of before: Double) -> Double {
            before > 0 ? min(1, max(0, after / before)) : 1
        }
        let total = evaluations.original.footprint.centralGrams
        return Recommendation(
            id: lever.rawValue,
            lever: lever.rawValue,
            order: order,
            lineItems: indices.map { lineItems[$0] },
            action: action.text(lineItems: lineItems),
            savings: saving,
            savingsShare: total > 0 ? min(1, max(0, saving.central.grams / total)) : 0,
            reachKept: kept(evaluations.after.audience, of: evaluations.before.audience),
            usefulImpressionsKept: kept(
                evaluations.after.footprint.usefulImpressions,
                of: evaluations.before.footprint.usefulImpressions
            ),
            sources: action.sources,
            changes: indices.flatMap { LineChange.changes(from: lines.before[$0], to: lines.after[$0]) },
            adjustments: action.lines.map(\.adjustment)
        )
    }
}

/// The lean planner's result.
struct LeanPlanResult: Sendable {
    /// One recommendation per lever that saved emissions, largest saving first.
    let recommendations: [Recommendation]
    /// The lean plan's totals.
    let leanPlan: LeanPlan
    /// The lean plan's lines, in the plan's order.
    let lines: [CampaignLine]
    /// Ids of every source the levers' thresholds cite.
    let sources: Set<String>
}
