/// A plan estimated as the lean planner sees it: each line resolved, its footprint centrally and
/// per draw, and the audience it reaches.
struct PlanEvaluation {
    /// The lines as resolved (defaults applied, waterfall run), in plan order.
    let resolved: [ResolvedLine]
    /// Total emissions and impressions.
    let footprint: PlanFootprint
    /// The people the plan reaches: each line's `reach` where the plan gives it, else its human,
    /// viewable impressions (what remains before targeting and frequency), a proxy that moves with
    /// the people reached.
    let audience: Double

    /// Estimates a plan with the audit's factors and options.
    /// - Parameters:
    ///   - lines: The plan's lines.
    ///   - factors: The audit's factors.
    ///   - options: The audit's options.
    ///   - prices: The total prices of the keys valued so far, drawn with the options' range.
    /// - Throws: ``Diagnostic`` when a line names a platform the factor set does not know.
    init(lines: [CampaignLine], factors: MethodFactors, options: EstimationOptions, prices: inout PriceTables) throws {
        let resolver = LineResolver(factors: factors, includesCorporate: options.includesCorporate)
        var warnings = WarningCollector()
        var groups = GroupedActivity()
        resolved = try lines.map { line in
            let resolved = try resolver.resolve(line, warnings: &warnings)
            _ = groups.add(resolved)
            return resolved
        }
        var valuation = CampaignValuation(factors: factors, options: options)
        for (group, key) in groups.keys.enumerated() {
            valuation.valueTotal(key: key, activity: groups.activity(of: group), price: prices.price(for: key))
        }
        let total = valuation.summedTotalGrams()
        footprint = PlanFootprint(
            centralGrams: total.central,
            drawGrams: total.draws,
            impressions: valuation.impressions,
            usefulImpressions: resolved.reduce(0) { $0 + $1.waste.usefulImpressions }
        )
        audience = zip(lines, resolved).reduce(0) { sum, pair in
            sum + (pair.0.reach.map(Double.init) ?? pair.1.humanViewableImpressions)
        }
    }
}

extension ResolvedLine {
    /// Impressions left after invalid traffic, made-for-advertising and non-viewable waste.
    var humanViewableImpressions: Double {
        impressions - waste.impressions(for: .invalidTraffic) - waste.impressions(for: .madeForAdvertising)
            - waste.impressions(for: .nonViewable)
    }

    /// The line's central emissions in grams, valued with central factor values only.
    func centralGrams(factors: MethodFactors, includesCorporate: Bool) -> Double {
        let prices = PriceTable.centralPrices(of: key.terms(factors), factors: factors)
        let uplifted = activity + (factors.value(factors.mfaMultiplier) - 1) * madeForAdvertisingShare * activity
        return Segment.allCases.reduce(0) { sum, segment in
            segment == .corporate && !includesCorporate ? sum : sum + uplifted.dot(prices[segment.position])
        }
    }
}
