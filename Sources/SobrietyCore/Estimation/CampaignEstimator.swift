/// Estimates a campaign's footprint line by line, as lines stream in, and produces the report.
///
/// Each line is resolved (defaults applied, waste waterfall run) and its activity is added to
/// the group of lines that share its ``ValuationKey``. At the end each group is valued once,
/// centrally and at every Monte Carlo draw, so the cost of ranges does not grow with the rows.
public struct CampaignEstimator: Sendable {
    private let factors: MethodFactors
    private let resolver: LineResolver
    private let options: EstimationOptions
    private var groups = GroupedActivity()
    /// The input and resolved lines, kept only for per-line detail.
    private var lines: [(input: CampaignLine, resolved: ResolvedLine)] = []
    private var lineIndicesByGroup: [[Int]] = []
    /// Wasted impressions by cause, in lanes 0–4.
    private var wasteImpressions = SIMD8<Double>()
    private var usefulImpressions = 0.0
    private var collector = WarningCollector()
    /// Flags, by factor position, of the rates applied (the terms' factors are known per group).
    private var appliedOutsideTerms: [Bool]
    /// Flags, by platform position, of the platforms whose default device mix was applied.
    private var appliedDefaultMixes: [Bool]

    /// Prepares an estimate with a factor set.
    /// - Throws: ``FactorSetError`` when the set lacks a factor the method needs.
    public init(factorSet: FactorSet, options: EstimationOptions = EstimationOptions()) throws {
        self.init(factors: try MethodFactors(factorSet), options: options)
    }

    /// Prepares an estimate with factors already resolved for the method.
    init(factors: MethodFactors, options: EstimationOptions) {
        self.factors = factors
        resolver = LineResolver(factors: factors, includesCorporate: options.includesCorporate)
        self.options = options
        appliedOutsideTerms = Array(repeating: false, count: factors.set.factors.count)
        appliedDefaultMixes = Array(repeating: false, count: factors.set.platforms.count)
    }

    /// Warnings raised so far by resolving lines.
    public var warnings: [ReportWarning] { collector.warnings }

    /// Adds one line.
    /// - Throws: ``Diagnostic`` when the line names a platform the factor set does not know.
    public mutating func add(_ line: CampaignLine) throws {
        try addResolving(line)
    }

    /// Adds one line and returns it resolved.
    /// - Throws: ``Diagnostic`` when the line names a platform the factor set does not know.
    @discardableResult
    mutating func addResolving(_ line: CampaignLine) throws -> ResolvedLine {
        let resolved = try resolver.resolve(line, warnings: &collector)
        let group = groups.add(resolved)
        wasteImpressions += resolved.waste.wasted
        usefulImpressions += resolved.waste.usefulImpressions
        markApplied(resolved)
        guard options.keepsLines else { return resolved }
        if group == lineIndicesByGroup.count { lineIndicesByGroup.append([]) }
        lineIndicesByGroup[group].append(lines.count)
        lines.append((line, resolved))
        return resolved
    }

    /// Adds the lines `later` took, as if they had been added here after this estimator's own.
    ///
    /// For summaries: `later` must keep no per-line detail. Sums may differ from adding the lines
    /// one by one in their last bits.
    public mutating func merge(_ later: CampaignEstimator) {
        precondition(later.lines.isEmpty, "only estimates without per-line detail merge")
        groups.merge(later.groups)
        wasteImpressions += later.wasteImpressions
        usefulImpressions += later.usefulImpressions
        for warning in later.collector.warnings {
            collector.add(code: warning.code, message: warning.message, line: warning.line)
        }
        for index in appliedOutsideTerms.indices where later.appliedOutsideTerms[index] {
            appliedOutsideTerms[index] = true
        }
        for index in appliedDefaultMixes.indices where later.appliedDefaultMixes[index] {
            appliedDefaultMixes[index] = true
        }
    }

    private mutating func markApplied(_ line: ResolvedLine) {
        for rate in WasteRate.allCases {
            if case .factor(let index) = line.rates[rate] { appliedOutsideTerms[index] = true }
        }
        if case .factor(let index) = line.frequencyCap { appliedOutsideTerms[index] = true }
        if let platform = line.defaultDeviceMixPlatform { appliedDefaultMixes[platform] = true }
    }

    /// The campaign's total emissions, centrally and at every draw, without assembling a report.
    func footprint() -> PlanFootprint {
        var valuation = CampaignValuation(factors: factors, options: options)
        for (group, key) in groups.keys.enumerated() {
            valuation.value(key: key, activity: groups.activity(of: group))
        }
        let total = valuation.totalGrams()
        return PlanFootprint(
            centralGrams: total.central,
            drawGrams: total.draws,
            impressions: valuation.impressions,
            usefulImpressions: usefulImpressions
        )
    }

    /// Values every group and assembles the report.
    /// - Parameters:
    ///   - inputs: The files audited.
    ///   - tool: The tool's name and version.
    ///   - warnings: Warnings from reading the input, listed before the estimator's own.
    /// - Returns: The audit report, with per-line detail when the options keep lines.
    /// - Throws: As ``audit(inputs:tool:warnings:)``.
    public func report(inputs: [InputSummary], tool: ToolInfo, warnings: [ReportWarning]) throws -> AuditReport {
        try audit(inputs: inputs, tool: tool, warnings: warnings).report
    }

    /// Values every group, makes the lean plan when lines are kept, and assembles the report.
    /// - Parameters:
    ///   - inputs: The files audited.
    ///   - tool: The tool's name and version.
    ///   - warnings: Warnings from reading the input, listed before the estimator's own.
    /// - Returns: The report (with per-line detail, recommendations and the lean plan when the
    ///   options keep lines) and the lean plan's lines.
    /// - Throws: ``FactorSetError`` when the set lacks a lever threshold.
    public func audit(inputs: [InputSummary], tool: ToolInfo, warnings: [ReportWarning]) throws -> CampaignAudit {
        var valuation = CampaignValuation(factors: factors, options: options)
        var lineReports = [LineReport?](repeating: nil, count: lines.count)
        for (group, key) in groups.keys.enumerated() {
            let table = valuation.value(key: key, activity: groups.activity(of: group))
            guard options.keepsLines else { continue }
            for index in lineIndicesByGroup[group] {
                lineReports[index] = valuation.lineReport(lines[index].input, lines[index].resolved, table: table)
            }
        }
        let lean =
            options.keepsLines ? try LeanPlanner(factors: factors, options: options).plan(lines.map(\.input)) : nil
        let totals = valuation.totals(usefulImpressions: usefulImpressions)
        let causes = valuation.wasteCauses(impressions: WasteCause.allCases.map { wasteImpressions[$0.position] })
        let waste = valuation.wasteSummary(causes: causes)
        let applied = factors.set.factors.indices.filter {
            appliedOutsideTerms[$0] || valuation.usedFactors.contains($0)
        }
        let citedSources = Set(applied.map { factors.set.factors[$0].source }).union(lean?.sources ?? [])
        let report = AuditReport(
            tool: tool,
            factorSet: factors.set.identity,
            inputs: inputs,
            method: MethodInfo(range: options.range),
            totals: totals,
            segments: valuation.segmentEmissions(),
            waste: waste,
            lines: lineReports.compactMap { $0 },
            recommendations: lean?.recommendations ?? [],
            leanPlan: lean?.leanPlan,
            warnings: warnings + collector.warnings,
            sources: citedSources.sorted().compactMap { factors.set.sources[$0] },
            sensitivity: SensitivityAnalysis(factors: factors, includesCorporate: options.includesCorporate)
                .rank(groups, centralGrams: totals.emissions.central.grams)
        )
        return CampaignAudit(report: report, leanPlanLines: lean?.lines ?? [])
    }
}

/// What an audit produces: the report, and the lean plan's lines to write out as a campaign file.
public struct CampaignAudit: Sendable {
    /// The audit report.
    public var report: AuditReport
    /// The campaign with every recommendation applied, line by line; empty without per-line detail.
    public var leanPlanLines: [CampaignLine]
}

/// Activity summed per valuation key, in first-seen order: for each group, the total and each
/// waste cause's share, plain and weighted by the made-for-advertising share.
struct GroupedActivity: Sendable {
    /// Lanes kept per group: total and five causes, then the same weighted by the MFA share.
    static let lanesPerGroup = 2 * (1 + WasteCause.allCases.count)

    private(set) var keys: [ValuationKey] = []
    private var indexByKey: [ValuationKey: Int] = [:]
    private var lanes: [ActivityLanes] = []

    /// Adds a line's activity to its group and returns the group's position.
    mutating func add(_ line: ResolvedLine) -> Int {
        let group = position(of: line.key)
        let base = group * Self.lanesPerGroup
        let half = Self.lanesPerGroup / 2
        let impressions = line.impressions
        let mfaShare = line.madeForAdvertisingShare
        lanes.withUnsafeMutableBufferPointer { buffer in
            buffer[base] += line.activity
            buffer[base + half] += mfaShare * line.activity
            guard impressions > 0 else { return }
            for cause in WasteCause.allCases.indices where line.waste.wasted[cause] > 0 {
                let share = line.waste.wasted[cause] / impressions
                buffer[base + 1 + cause] += share * line.activity
                buffer[base + half + 1 + cause] += share * mfaShare * line.activity
            }
        }
        return group
    }

    /// Adds the activity of `later`'s groups; its new keys follow these ones, in its order.
    mutating func merge(_ later: GroupedActivity) {
        for (laterGroup, key) in later.keys.enumerated() {
            let base = position(of: key) * Self.lanesPerGroup
            let laterBase = laterGroup * Self.lanesPerGroup
            for lane in 0..<Self.lanesPerGroup { lanes[base + lane] += later.lanes[laterBase + lane] }
        }
    }

    /// The position of the group of `key`, added empty when it is new.
    private mutating func position(of key: ValuationKey) -> Int {
        if let existing = indexByKey[key] { return existing }
        let group = keys.count
        indexByKey[key] = group
        keys.append(key)
        lanes.append(contentsOf: repeatElement(ActivityLanes(), count: Self.lanesPerGroup))
        return group
    }

    /// A group's summed activity.
    func activity(of group: Int) -> GroupActivity {
        let base = group * Self.lanesPerGroup
        return GroupActivity(lanes: Array(lanes[base..<(base + Self.lanesPerGroup)]))
    }
}

/// One group's summed activity: see ``GroupedActivity``.
struct GroupActivity {
    let lanes: [ActivityLanes]

    var total: ActivityLanes { lanes[0] }
    var totalMadeForAdvertising: ActivityLanes { lanes[lanes.count / 2] }
    func cause(_ index: Int) -> ActivityLanes { lanes[1 + index] }
    func causeMadeForAdvertising(_ index: Int) -> ActivityLanes { lanes[lanes.count / 2 + 1 + index] }
}
