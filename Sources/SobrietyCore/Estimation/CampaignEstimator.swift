/// Estimates a campaign's footprint line by line, as lines stream in, and produces the report.
///
/// Each line is resolved (defaults applied, waste waterfall run) and its activity is added to
/// the group of lines that share its ``ValuationKey``. At the end each group is valued once,
/// centrally and at every Monte Carlo draw, so the cost of ranges does not grow with the rows.
public struct CampaignEstimator: Sendable {
    private let factors: MethodFactors
    private let resolver: LineResolver
    private let options: EstimationOptions
    private var sums = CampaignSums()
    /// The sums of each budget scope of ``EstimationOptions/scopes``, in order.
    private var scopeSums: [CampaignSums]
    /// The input and resolved lines, kept only for per-line detail.
    private var lines: [(input: CampaignLine, resolved: ResolvedLine)] = []
    private var lineIndicesByGroup: [[Int]] = []
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
        scopeSums = Array(repeating: CampaignSums(), count: options.scopes.count)
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
        let group = sums.add(resolved)
        for (index, scope) in options.scopes.enumerated() where scope.contains(line) {
            _ = scopeSums[index].add(resolved)
        }
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
        sums.merge(later.sums)
        for index in scopeSums.indices { scopeSums[index].merge(later.scopeSums[index]) }
        for warning in later.collector.warnings {
            collector.add(code: warning.code, message: warning.message, line: warning.line, file: warning.file)
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
        let valuation = valued(sums)
        let total = valuation.totalGrams()
        return PlanFootprint(
            centralGrams: total.central,
            drawGrams: total.draws,
            impressions: valuation.impressions,
            usefulImpressions: sums.usefulImpressions
        )
    }

    /// Sums valued group by group, with no per-line detail.
    private func valued(_ sums: CampaignSums) -> CampaignValuation {
        var valuation = CampaignValuation(factors: factors, options: options)
        for (group, key) in sums.groups.keys.enumerated() {
            valuation.value(key: key, activity: sums.groups.activity(of: group))
        }
        return valuation
    }

    /// The totals of each budget scope.
    private func scopeSummaries() -> [ScopeSummary] {
        zip(options.scopes, scopeSums).map { scope, sums in
            let valuation = valued(sums)
            let causes = valuation.wasteCauses(impressions: sums.wasteByCause)
            return ScopeSummary(
                scope: scope,
                lines: sums.lineCount,
                totals: valuation.totals(usefulImpressions: sums.usefulImpressions),
                wasteShare: valuation.wasteSummary(causes: causes).share
            )
        }
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
        // Each key's total price is kept for the lean planner, which values the same keys again.
        var prices = PriceTables(
            factors: factors,
            range: options.range,
            countedSegments: valuation.totalSegments.map(\.position)
        )
        var lineReports = [LineReport?](repeating: nil, count: lines.count)
        for (group, key) in sums.groups.keys.enumerated() {
            let table = valuation.value(key: key, activity: sums.groups.activity(of: group))
            guard options.keepsLines else { continue }
            prices.remember(table, for: key)
            for index in lineIndicesByGroup[group] {
                lineReports[index] = valuation.lineReport(lines[index].input, lines[index].resolved, table: table)
            }
        }
        let lean =
            options.keepsLines
            ? try LeanPlanner(factors: factors, options: options).plan(lines.map(\.input), prices: &prices) : nil
        let totals = valuation.totals(usefulImpressions: sums.usefulImpressions)
        let causes = valuation.wasteCauses(impressions: sums.wasteByCause)
        let waste = valuation.wasteSummary(causes: causes)
        let applied = factors.set.factors.indices.filter {
            appliedOutsideTerms[$0] || valuation.usedFactors.contains($0)
        }
        let equivalents = EquivalentActivity.allCases.compactMap { activity in
            factors.set.factor(.equivalentPerUnit, activity.rawValue).flatMap {
                Equivalent(of: totals.emissions, activity: activity, factor: $0)
            }
        }
        let citedSources = Set(applied.map { factors.set.factors[$0].source }).union(lean?.sources ?? [])
            .union(equivalents.map(\.source))
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
            scopes: scopeSummaries(),
            warnings: warnings + collector.warnings,
            sources: citedSources.sorted().compactMap { factors.set.sources[$0] },
            sensitivity: SensitivityAnalysis(factors: factors, includesCorporate: options.includesCorporate)
                .rank(sums.groups, centralGrams: totals.emissions.central.grams),
            equivalents: equivalents
        )
        return CampaignAudit(report: report, leanPlanLines: lean?.lines ?? [])
    }
}
