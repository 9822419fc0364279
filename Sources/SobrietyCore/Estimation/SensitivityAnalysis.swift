/// Ranks the factors by how far they move the campaign total: each factor in turn at its low and
/// at its high value, every other factor at its central value (a one-at-a-time "tornado" analysis).
///
/// It covers the factors the Monte Carlo draws: those that price activity and the
/// made-for-advertising multiplier. Waste rates only split emissions between causes and are left
/// out, as they are held at their central values in the draws.
struct SensitivityAnalysis {
    let factors: MethodFactors
    let includesCorporate: Bool

    /// The factors that move the total, largest swing first (ties by factor id).
    /// - Parameters:
    ///   - groups: The campaign's activity, summed per valuation key.
    ///   - centralGrams: The campaign's central total, which every change is added to.
    /// - Returns: One entry per factor that moves the total.
    func rank(_ groups: GroupedActivity, centralGrams: Double) -> [FactorSensitivity] {
        var changes: [Int: (low: Double, high: Double)] = [:]
        func add(_ index: Int, low: Double, high: Double) {
            let current = changes[index] ?? (0, 0)
            changes[index] = (current.low + low, current.high + high)
        }
        let multiplierFactor = factors.factor(factors.mfaMultiplier)
        let multiplier = multiplierFactor.value
        for (group, key) in groups.keys.enumerated() {
            let activity = groups.activity(of: group)
            let uplifted = activity.total + (multiplier - 1) * activity.totalMadeForAdvertising
            let terms = key.terms(factors).filter { $0.segment != .corporate || includesCorporate }
            let prices = PriceTable.centralPrices(of: terms, factors: factors)
            let weightedGrams = prices.reduce(0) { $0 + activity.totalMadeForAdvertising.dot($1) }
            add(
                factors.mfaMultiplier,
                low: (multiplierFactor.low - multiplier) * weightedGrams,
                high: (multiplierFactor.high - multiplier) * weightedGrams
            )
            for term in terms where uplifted[term.lane] != 0 {
                let amount = uplifted[term.lane]
                let central = product(term, replacing: nil)
                for index in Set(term.factors.map(\.index)) {
                    let factor = factors.factor(index)
                    add(
                        index,
                        low: amount * (product(term, replacing: (index, factor.low)) - central),
                        high: amount * (product(term, replacing: (index, factor.high)) - central)
                    )
                }
            }
        }
        return changes.map { index, change in
            let factor = factors.factor(index)
            return FactorSensitivity(
                key: factor.key,
                dimension: factor.dimension,
                unit: factor.unit,
                source: factor.source,
                value: factor.value,
                low: factor.low,
                high: factor.high,
                totalAtLow: GramsCO2e(grams: centralGrams + change.low),
                totalAtHigh: GramsCO2e(grams: centralGrams + change.high)
            )
        }
        .filter { $0.swing.grams > 0 }
        .sorted { ($1.swing, $0.id) < ($0.swing, $1.id) }
    }

    /// A term's product of factors at central values, with one factor replaced by another value.
    private func product(_ term: ValuationTerm, replacing replacement: (index: Int, value: Double)?) -> Double {
        term.factors.reduce(term.scale) { product, use in
            let value = use.index == replacement?.index ? replacement?.value ?? 0 : factors.value(use.index)
            return product * (use.isComplement ? 1 - value : value)
        }
    }
}
