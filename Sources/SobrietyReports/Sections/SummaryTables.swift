import SobrietyCore

/// The campaign-level tables that both the Markdown and the text report show.
struct SummaryTables: Sendable {
    /// The language the tables are written in.
    let language: ReportLanguage

    private var strings: ReportStrings { language.strings }
    private var numbers: ReportNumberFormatter { language.numbers }

    /// Total emissions, intensities and waste, each with central, low and high values.
    func totals(_ report: AuditReport) throws -> ReportTable {
        let estimates: [(String, EmissionEstimate)] = [
            (strings.emissionsRow, report.totals.emissions),
            (strings.perThousandRow, report.totals.gramsPerThousandImpressions),
            (strings.perThousandUsefulRow, report.totals.gramsPerThousandUsefulImpressions),
            (strings.wasteRow, report.waste.emissions),
        ]
        return ReportTable(
            columns: [
                .text(strings.estimateColumn),
                .number(strings.centralColumn),
                .number(strings.lowColumn),
                .number(strings.highColumn),
            ],
            rows: try estimates.map { label, estimate in
                let values = try numbers.masses(estimate)
                return [label, values.central, values.low, values.high]
            }
        )
    }

    /// The total emissions in everyday activities: the amount with its range, then (`withPerUnit`) the
    /// emissions of one unit with theirs and the source; `nil` when the factor set has no equivalents.
    func equivalents(_ report: AuditReport, withPerUnit: Bool = true) throws -> ReportTable? {
        guard !report.equivalents.isEmpty else { return nil }
        let perUnitColumns: [ReportTable.Column] =
            withPerUnit ? [.number(strings.perUnitColumn), .text(strings.sourceColumn)] : []
        return ReportTable(
            columns: [
                .text(strings.activityColumn),
                .number(strings.centralColumn),
                .number(strings.lowColumn),
                .number(strings.highColumn),
            ] + perUnitColumns,
            rows: try report.equivalents.map { equivalent in
                let perUnit = equivalent.perUnit.map { GramsCO2e(grams: $0) }
                let amounts = [
                    strings.equivalentName(equivalent.activity),
                    try numbers.approximate(equivalent.amount.central),
                    try numbers.approximate(equivalent.amount.low),
                    try numbers.approximate(equivalent.amount.high),
                ]
                guard withPerUnit else { return amounts }
                return amounts + [try numbers.massWithRange(perUnit), "\(equivalent.source) (\(equivalent.year))"]
            }
        )
    }

    /// Impressions, useful impressions, data delivered and video watched.
    func activity(_ report: AuditReport) throws -> ReportTable {
        let totals = report.totals
        let usefulShare = try numbers.share(totals.usefulImpressions, of: totals.impressions) ?? strings.notApplicable
        return ReportTable(
            columns: [.text(strings.activityColumn), .number(strings.valueColumn)],
            rows: [
                [strings.impressionsRow, try numbers.count(totals.impressions)],
                [strings.usefulImpressionsRow, "\(try numbers.count(totals.usefulImpressions)) (\(usefulShare))"],
                [strings.dataDeliveredRow, try numbers.bytes(totals.bytes)],
                [strings.videoWatchedRow, try numbers.hours(seconds: totals.videoWatchSeconds)],
            ]
        )
    }

    /// Emissions by segment with their share of the total; corporate only when the report has it.
    func segments(_ report: AuditReport) throws -> ReportTable {
        let total = report.totals.emissions.central.grams
        let rows = try Segment.allCases.compactMap { segment -> [String]? in
            guard let estimate = report.segments[segment] else { return nil }
            let values = try numbers.masses(estimate)
            let share = try numbers.share(estimate.central.grams, of: total) ?? strings.notApplicable
            return [strings.segmentName(segment), values.central, values.low, values.high, share]
        }
        return ReportTable(
            columns: [
                .text(strings.segmentColumn),
                .number(strings.centralColumn),
                .number(strings.lowColumn),
                .number(strings.highColumn),
                .number(strings.shareOfTotalColumn),
            ],
            rows: rows
        )
    }

    /// Impressions and emissions by waste cause, with their shares, and a row for all causes.
    func waste(_ report: AuditReport) throws -> ReportTable {
        let totals = report.totals
        let causeRows = try report.waste.causes.map { result in
            try wasteRow(
                label: strings.causeName(result.cause),
                impressions: result.impressions,
                emissions: result.emissions,
                of: totals
            )
        }
        let allCauses = try wasteRow(
            label: strings.allCausesRow,
            impressions: totals.impressions - totals.usefulImpressions,
            emissions: report.waste.emissions,
            of: totals
        )
        return ReportTable(
            columns: [
                .text(strings.causeColumn),
                .number(strings.impressionsColumn),
                .number(strings.shareOfImpressionsColumn),
                .number(strings.emissionsColumn),
                .number(strings.shareOfEmissionsColumn),
            ],
            rows: causeRows + [allCauses]
        )
    }

    /// The recommendations ranked by saving, with the shares of reach and useful impressions each
    /// keeps; the Markdown report adds each action in full.
    func recommendations(_ report: AuditReport, withActions: Bool) throws -> ReportTable {
        let actionColumns: [ReportTable.Column] = withActions ? [.text(strings.actionColumn)] : []
        return ReportTable(
            columns: [.number(strings.rankColumn), .text(strings.leverColumn)] + actionColumns + [
                .number(strings.savingsColumn),
                .number(strings.shareOfTotalColumn),
                .number(strings.reachKeptColumn),
                .number(strings.usefulKeptColumn),
            ],
            rows: try report.recommendations.enumerated().map { rank, recommendation in
                let actions = withActions ? [try action(recommendation)] : []
                return [numbers.count(rank + 1), leverName(recommendation.lever)] + actions + [
                    try numbers.massWithRange(recommendation.savings),
                    try numbers.percent(recommendation.savingsShare),
                    try numbers.percent(recommendation.reachKept),
                    try numbers.percent(recommendation.usefulImpressionsKept),
                ]
            }
        )
    }

    /// How many line items an action names before it counts the rest, as the audit's own text does.
    static let namedLineItems = 5

    /// A recommendation's action in the report's language, each line item named with what changes on
    /// it; the audit's own text for a lever this version does not know.
    /// - Throws: ``ReportRenderingError`` when a changed value is NaN or infinite.
    func action(_ recommendation: Recommendation) throws -> String {
        guard let lever = Lever(rawValue: recommendation.lever) else { return recommendation.action }
        let items =
            recommendation.adjustments.isEmpty
            ? recommendation.lineItems : try recommendation.adjustments.map(strings.lineAdjustment)
        let named = items.prefix(Self.namedLineItems)
        let rest = items.count - named.count
        let list = Array(named) + (rest > 0 ? [strings.otherLineItems(rest)] : [])
        let share = try recommendation.adjustments.lazy.compactMap(\.share).first.map(strings.actionPercent) ?? ""
        return strings.action(lever, recommendation.action, list.joined(separator: strings.listSeparator), share)
    }

    /// A lever's name from its contract id, or the id itself for a lever this version does not know.
    func leverName(_ id: String) -> String {
        Lever(rawValue: id).map(strings.leverName) ?? id
    }

    /// The factors that move the total most, with their values and the totals at each end.
    func sensitivity(_ report: AuditReport, limit: Int) throws -> ReportTable {
        ReportTable(
            columns: [
                .text(strings.factorColumn),
                .number(strings.factorValuesColumn),
                .number(strings.totalAtLowColumn),
                .number(strings.totalAtHighColumn),
            ],
            rows: try report.sensitivity.prefix(limit).map { entry in
                let values = try [entry.low, entry.value, entry.high].map(numbers.significant).joined(separator: " – ")
                return [
                    entry.id.description,
                    "\(values) \(entry.unit)",
                    try numbers.mass(entry.totalAtLow),
                    try numbers.mass(entry.totalAtHigh),
                ]
            }
        )
    }

    /// A budget's limit or audited value: a mass in the unit that suits it, a share as a
    /// percentage, anything else with its unit.
    func budgetValue(_ value: Double, unit: String) throws -> String {
        switch unit {
        case BudgetMetric.total.baseUnit: try numbers.mass(GramsCO2e(grams: value))
        case BudgetMetric.wasteShare.baseUnit: try numbers.percent(value)
        default: try numbers.measure(value, unit: unit)
        }
    }

    /// A budget's verdict in one sentence, with the line items behind it when it was exceeded.
    func budgetVerdict(_ budget: BudgetResult, in report: AuditReport) throws -> String {
        let verdict = strings.budgetVerdict(
            budget.name,
            try budgetValue(budget.actual, unit: budget.unit),
            try budgetValue(budget.limit, unit: budget.unit),
            budget.passed
        )
        let lines = Dictionary(report.lines.map { ($0.lineItem, $0) }, uniquingKeysWith: { first, _ in first })
        let named = try budget.lineItems.compactMap { id in
            try lines[id].map { "\(id) (\(try numbers.mass($0.emissions.central)))" }
        }
        guard !named.isEmpty else { return verdict }
        return "\(verdict); \(strings.budgetLineItems(named.joined(separator: strings.listSeparator)))"
    }

    /// The audit in one sentence: emissions with their range over impressions.
    func auditSummary(_ report: AuditReport) throws -> String {
        strings.auditSummary(
            try numbers.mass(report.totals.emissions.central),
            try numbers.massRange(report.totals.emissions),
            try numbers.count(report.totals.impressions)
        )
    }

    /// Each budget with its limit, the audited value and whether it was met.
    func budgets(_ report: AuditReport) throws -> ReportTable {
        ReportTable(
            columns: [
                .text(strings.budgetColumn),
                .number(strings.limitColumn),
                .number(strings.actualColumn),
                .text(strings.resultColumn),
            ],
            rows: try report.budgets.map { budget in
                [
                    budget.name,
                    try budgetValue(budget.limit, unit: budget.unit),
                    try budgetValue(budget.actual, unit: budget.unit),
                    budget.passed ? strings.budgetMet : strings.budgetExceeded,
                ]
            }
        )
    }

    /// The opening paragraph: total emissions with their range, impressions, intensities and waste.
    func summary(_ report: AuditReport) throws -> String {
        let totals = report.totals
        return strings.summary(
            SummaryFacts(
                emissions: try numbers.mass(totals.emissions.central),
                emissionsRange: try numbers.massRange(totals.emissions),
                percentiles: try language.percentiles(report.method.range),
                impressions: try numbers.count(totals.impressions),
                usefulImpressions: try numbers.count(totals.usefulImpressions),
                usefulShare: try numbers.share(totals.usefulImpressions, of: totals.impressions)
                    ?? strings.notApplicable,
                perThousand: try numbers.mass(totals.gramsPerThousandImpressions.central),
                perThousandUseful: try numbers.mass(totals.gramsPerThousandUsefulImpressions.central),
                wasteEmissions: try numbers.mass(report.waste.emissions.central),
                wasteShare: try numbers.percent(report.waste.share)
            )
        )
    }

    private func wasteRow(
        label: String,
        impressions: Double,
        emissions: EmissionEstimate,
        of totals: Totals
    ) throws -> [String] {
        [
            label,
            try numbers.count(impressions),
            try numbers.share(impressions, of: totals.impressions) ?? strings.notApplicable,
            try numbers.massWithRange(emissions),
            try numbers.share(emissions.central.grams, of: totals.emissions.central.grams) ?? strings.notApplicable,
        ]
    }
}
