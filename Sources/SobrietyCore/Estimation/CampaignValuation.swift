/// Values groups of activity with their price tables and sums the results: segments, waste
/// causes and activity totals, centrally and per Monte Carlo draw.
struct CampaignValuation {
    let factors: MethodFactors
    let options: EstimationOptions
    private var factorDraws: FactorDraws
    private let multiplierCentral: Double
    private let multiplierDraws: [Double]
    private var segmentCentral: [Double]
    private var segmentDraws: [[Double]]
    private var causeCentral: [Double]
    private var causeDraws: [[Double]]
    /// Totals at each draw of the groups added with ``valueTotal(key:activity:price:)``.
    private var summedDraws: [Double]
    private(set) var impressions = 0.0
    private var bytes = 0.0
    private var watchSeconds = 0.0
    /// Positions of every factor applied, for the report's sources.
    private(set) var usedFactors: Set<Int> = []

    init(factors: MethodFactors, options: EstimationOptions) {
        self.factors = factors
        self.options = options
        var draws = FactorDraws(settings: options.range, factors: factors.set.factors)
        multiplierCentral = factors.value(factors.mfaMultiplier)
        multiplierDraws = draws.draws(.plain(factors.mfaMultiplier))
        factorDraws = draws
        let drawCount = options.range.draws
        segmentCentral = Array(repeating: 0, count: Segment.allCases.count)
        segmentDraws = Array(repeating: Array(repeating: 0, count: drawCount), count: Segment.allCases.count)
        summedDraws = Array(repeating: 0, count: drawCount)
        causeCentral = Array(repeating: 0, count: WasteCause.allCases.count)
        causeDraws = Array(repeating: Array(repeating: 0, count: drawCount), count: WasteCause.allCases.count)
        usedFactors.insert(factors.mfaMultiplier)
    }

    /// The segments counted in totals: all but corporate, unless corporate was asked for.
    var totalSegments: [Segment] {
        Segment.allCases.filter { $0 != .corporate || options.includesCorporate }
    }

    /// Values one group and adds it to the campaign sums; returns the price table for its lines.
    @discardableResult
    mutating func value(key: ValuationKey, activity: GroupActivity) -> PriceTable {
        let table = PriceTable(terms: key.terms(factors), factors: factors, factorDraws: &factorDraws)
        value(key: key, activity: activity, table: table)
        return table
    }

    /// Values one group with its key's price table, drawn with these options, and adds it to the campaign sums.
    mutating func value(key: ValuationKey, activity: GroupActivity, table: PriceTable) {
        valueFootprint(key: key, activity: activity, table: table)
        valueWasteCauses(activity: activity, table: table)
    }

    /// Adds one group's segments, impressions, bytes and watch time, but not its waste causes: all that
    /// ``totalGrams()`` needs, for plans compared by their totals alone.
    mutating func valueFootprint(key: ValuationKey, activity: GroupActivity, table: PriceTable) {
        usedFactors.formUnion(table.factorIndices)
        let coefficients = key.activityCoefficients(factors)
        impressions += activity.total[Lane.impressions]
        bytes += activity.total.dot(coefficients.bytes)
        watchSeconds += activity.total.dot(coefficients.watchSeconds)

        let totalPositions = totalSegments.map(\.position)
        for segment in totalPositions {
            segmentCentral[segment] += Self.uplifted(
                activity.total,
                activity.totalMadeForAdvertising,
                multiplierCentral
            )
            .dot(table.central[segment])
            Self.accumulate(
                into: &segmentDraws[segment],
                activity: (activity.total, activity.totalMadeForAdvertising),
                multipliers: multiplierDraws,
                prices: table.draws[segment]
            )
        }
    }

    /// Adds one group's total emissions, centrally by segment and summed over segments at each
    /// draw: all that ``summedTotalGrams()`` needs, for plans compared by their totals alone.
    ///
    /// The central total is the one ``totalGrams()`` gives; the draws agree with it but for the
    /// last bits, as the segments are summed before the groups.
    mutating func valueTotal(key: ValuationKey, activity: GroupActivity, price: TotalPrice) {
        impressions += activity.total[Lane.impressions]
        let uplifted = Self.uplifted(activity.total, activity.totalMadeForAdvertising, multiplierCentral)
        for segment in totalSegments.map(\.position) {
            segmentCentral[segment] += uplifted.dot(price.central[segment])
        }
        Self.accumulate(
            into: &summedDraws,
            activity: (activity.total, activity.totalMadeForAdvertising),
            multipliers: multiplierDraws,
            prices: price.draws
        )
    }

    /// The total of groups added with ``valueTotal(key:activity:price:)``, centrally and at every draw.
    func summedTotalGrams() -> (central: Double, draws: [Double]) {
        (totalSegments.reduce(0) { $0 + segmentCentral[$1.position] }, summedDraws)
    }

    /// Adds one group's emissions by waste cause.
    private mutating func valueWasteCauses(activity: GroupActivity, table: PriceTable) {
        let totalPositions = totalSegments.map(\.position)
        // The price of the whole footprint per draw, summed over segments once for all causes.
        let centralPrice = totalPositions.reduce(ActivityLanes()) { $0 + table.central[$1] }
        var drawPrices = [ActivityLanes](repeating: ActivityLanes(), count: multiplierDraws.count)
        drawPrices.withUnsafeMutableBufferPointer { drawPrices in
            for segment in totalPositions {
                table.draws[segment].withUnsafeBufferPointer { prices in
                    for draw in drawPrices.indices { drawPrices[draw] += prices[draw] }
                }
            }
        }
        for cause in WasteCause.allCases.indices {
            let plain = activity.cause(cause)
            let weighted = activity.causeMadeForAdvertising(cause)
            guard plain != ActivityLanes() else { continue }
            causeCentral[cause] += Self.uplifted(plain, weighted, multiplierCentral).dot(centralPrice)
            Self.accumulate(
                into: &causeDraws[cause],
                activity: (plain, weighted),
                multipliers: multiplierDraws,
                prices: drawPrices
            )
        }
    }

    /// Adds, draw by draw, the grams of activity (plain, and weighted by the made-for-advertising share) uplifted
    /// with that draw's multiplier and valued at that draw's prices.
    private static func accumulate(
        into sums: inout [Double],
        activity: (plain: ActivityLanes, weighted: ActivityLanes),
        multipliers: [Double],
        prices: [ActivityLanes]
    ) {
        multipliers.withUnsafeBufferPointer { multipliers in
            prices.withUnsafeBufferPointer { prices in
                sums.withUnsafeMutableBufferPointer { sums in
                    for draw in sums.indices {
                        sums[draw] += Self.uplifted(activity.plain, activity.weighted, multipliers[draw]).dot(
                            prices[draw]
                        )
                    }
                }
            }
        }
    }

    /// Activity with the made-for-advertising uplift `u = 1 + φ (M − 1)` applied.
    private static func uplifted(_ plain: ActivityLanes, _ weighted: ActivityLanes, _ multiplier: Double)
        -> ActivityLanes
    {
        plain + (multiplier - 1) * weighted
    }

    /// Campaign totals after every group was valued.
    func totals(usefulImpressions: Double) -> Totals {
        let emissions = estimate(of: totalSegments.map(\.position))
        return Totals(
            impressions: impressions,
            usefulImpressions: usefulImpressions,
            videoWatchSeconds: watchSeconds,
            bytes: bytes,
            emissions: emissions,
            gramsPerThousandImpressions: emissions.perThousand(impressions),
            gramsPerThousandUsefulImpressions: emissions.perThousand(usefulImpressions)
        )
    }

    /// Campaign emissions by segment.
    func segmentEmissions() -> SegmentEmissions {
        SegmentEmissions(includesCorporate: options.includesCorporate) { estimate(of: [$0.position]) }
    }

    /// Waste by cause, from the wasted impressions summed while reading.
    func wasteCauses(impressions: [Double]) -> [WasteCauseResult] {
        WasteCause.allCases.enumerated().map { index, cause in
            WasteCauseResult(
                cause: cause,
                impressions: impressions[index],
                emissions: options.range.estimate(central: causeCentral[index], draws: causeDraws[index])
            )
        }
    }

    /// Total waste, its share of the total, and the causes.
    func wasteSummary(causes: [WasteCauseResult]) -> WasteSummary {
        let drawCount = options.range.draws
        let draws = (0..<drawCount).map { draw in causeDraws.reduce(0) { $0 + $1[draw] } }
        let central = causeCentral.reduce(0, +)
        let total = totalSegments.map(\.position).reduce(0) { $0 + segmentCentral[$1] }
        return WasteSummary(
            emissions: options.range.estimate(central: central, draws: draws),
            share: total > 0 ? min(1, max(0, central / total)) : 0,
            causes: causes
        )
    }

    /// The total of the segments counted, centrally and at every draw.
    func totalGrams() -> (central: Double, draws: [Double]) {
        sum(of: totalSegments.map(\.position))
    }

    private func estimate(of segments: [Int]) -> EmissionEstimate {
        let (central, draws) = sum(of: segments)
        return options.range.estimate(central: central, draws: draws)
    }

    private func sum(of segments: [Int]) -> (central: Double, draws: [Double]) {
        let central = segments.reduce(0) { $0 + segmentCentral[$1] }
        let draws = (0..<options.range.draws).map { draw in segments.reduce(0) { $0 + segmentDraws[$1][draw] } }
        return (central, draws)
    }

    /// The report of one line, valued with its group's price table.
    func lineReport(_ input: CampaignLine, _ line: ResolvedLine, table: PriceTable) -> LineReport {
        let weighted = line.madeForAdvertisingShare * line.activity
        var segmentEstimates: [Segment: EmissionEstimate] = [:]
        var totalCentral = 0.0
        var totalDraws = [Double](repeating: 0, count: options.range.draws)
        for segment in Segment.allCases {
            let position = segment.position
            let central = Self.uplifted(line.activity, weighted, multiplierCentral).dot(table.central[position])
            let draws = multiplierDraws.indices.map { draw in
                Self.uplifted(line.activity, weighted, multiplierDraws[draw]).dot(table.draws[position][draw])
            }
            segmentEstimates[segment] = options.range.estimate(central: central, draws: draws)
            guard totalSegments.contains(segment) else { continue }
            totalCentral += central
            for draw in totalDraws.indices { totalDraws[draw] += draws[draw] }
        }
        let emissions = options.range.estimate(central: totalCentral, draws: totalDraws)
        let impressions = line.impressions
        let waste = WasteCause.allCases.map { cause in
            let wasted = line.waste.impressions(for: cause)
            let share = impressions > 0 ? wasted / impressions : 0
            return WasteCauseResult(cause: cause, impressions: wasted, emissions: emissions.map { $0 * share })
        }
        let coefficients = line.key.activityCoefficients(factors)
        return LineReport(
            lineItem: input.lineItem,
            campaign: input.campaign,
            file: input.location.file,
            sourceLine: input.location.line,
            platform: input.platform,
            format: line.format.rawValue,
            buying: line.buying.rawValue,
            country: factors.factor(line.key.grid).dimension ?? Country.world,
            impressions: impressions,
            usefulImpressions: line.waste.usefulImpressions,
            activity: LineActivity(
                bytes: line.activity.dot(coefficients.bytes),
                exposureSeconds: line.activity.dot(coefficients.exposureSeconds),
                videoWatchSeconds: line.activity.dot(coefficients.watchSeconds)
            ),
            emissions: emissions,
            segments: SegmentEmissions(includesCorporate: options.includesCorporate) {
                segmentEstimates[$0] ?? EmissionEstimate(exactly: .zero)
            },
            waste: waste,
            assumed: line.assumed.names,
            factors: FactorTrail(input: input, line: line, factors: factors).entries
        )
    }
}

extension Estimate where Quantity == GramsCO2e {
    /// Grams per 1,000 of a count; zero when the count is zero.
    func perThousand(_ count: Double) -> EmissionEstimate {
        guard count > 0 else { return EmissionEstimate(exactly: .zero) }
        return map { $0 * (UnitConversion.impressionsPerThousand / count) }
    }
}
