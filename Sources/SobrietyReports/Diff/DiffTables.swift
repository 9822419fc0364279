import SobrietyCore

/// The tables of a plan diff that both the Markdown and the text diff show.
struct DiffTables: Sendable {
    /// The language the tables are written in.
    let language: ReportLanguage

    private var strings: ReportStrings { language.strings }
    private var numbers: ReportNumberFormatter { language.numbers }
    private var deltas: DeltaFormatter { DeltaFormatter(language: language) }

    /// Emissions, intensities, impressions and the lean plan, before and after, with each delta.
    func totals(_ diff: PlanDiff) throws -> ReportTable {
        let totals = diff.totals
        var estimates: [(String, FigureChange<EmissionEstimate>)] = [
            (strings.emissionsRow, totals.emissions),
            (strings.perThousandRow, totals.gramsPerThousandImpressions),
            (strings.perThousandUsefulRow, totals.gramsPerThousandUsefulImpressions),
        ]
        if let leanPlan = diff.leanPlanEmissions { estimates.append((strings.leanPlanRow, leanPlan)) }
        let counts = [
            (strings.impressionsRow, totals.impressions),
            (strings.usefulImpressionsRow, totals.usefulImpressions),
        ]
        let estimateRows = try estimates.map { label, change in
            [label, try numbers.massWithRange(change.before), try numbers.massWithRange(change.after)]
                + [try deltas.massChange(change)]
        }
        let countRows = try counts.map { label, change in
            [label, try numbers.count(change.before), try numbers.count(change.after), try deltas.countChange(change)]
        }
        return ReportTable(columns: beforeAfterColumns(first: strings.figureColumn), rows: estimateRows + countRows)
    }

    /// Emissions by waste cause before and after, all causes together, and the waste share.
    func waste(_ diff: PlanDiff) throws -> ReportTable {
        let waste = diff.waste
        let causeRows = try waste.causes.map { cause in
            try wasteRow(strings.causeName(cause.cause), emissions: cause.emissions, impressions: cause.impressions)
        }
        let allCauses = try wasteRow(
            strings.allCausesRow,
            emissions: waste.emissions,
            impressions: waste.impressions
        )
        let share = [
            strings.wasteShareRow,
            try numbers.percent(waste.share.before),
            try numbers.percent(waste.share.after),
            try deltas.percentagePoints(waste.share.delta),
            strings.notApplicable,
        ]
        return ReportTable(
            columns: beforeAfterColumns(first: strings.causeColumn) + [.number(strings.impressionsChangeColumn)],
            rows: causeRows + [allCauses, share]
        )
    }

    /// The first `limit` differing line items, largest emissions delta first.
    func lines(_ diff: PlanDiff, limit: Int) throws -> ReportTable {
        ReportTable(
            columns: [
                .text(strings.lineItemColumn),
                .text(strings.lineStatusColumn),
                .text(strings.platformColumn),
                .number(strings.emissionsBeforeColumn),
                .number(strings.emissionsAfterColumn),
                .number(strings.changeColumn),
                .number(strings.impressionsChangeColumn),
            ],
            rows: try diff.lines.items.prefix(limit).map { line in
                [
                    line.lineItem,
                    strings.lineStatusName(line.kind),
                    line.platform,
                    try emissions(of: line.before),
                    try emissions(of: line.after),
                    try deltas.mass(line.emissionsDelta),
                    try deltas.count(line.impressionsDelta),
                ]
            }
        )
    }

    /// How many line items changed, were added, removed or stayed the same, in a sentence.
    func lineCounts(_ diff: PlanDiff) -> String {
        let lines = diff.lines
        return strings.lineCounts(
            numbers.count(lines.changedCount),
            numbers.count(lines.addedCount),
            numbers.count(lines.removedCount),
            numbers.count(lines.unchangedCount)
        )
    }

    /// The sentence saying how many differing line items a table of `limit` rows leaves out, if any.
    func moreLines(_ diff: PlanDiff, limit: Int) -> String? {
        let hidden = diff.lines.items.count - limit
        return hidden > 0 ? strings.moreLineItems(hidden) : nil
    }

    /// Each budget's limit, and its audited value and verdict on both plans.
    func budgets(_ diff: PlanDiff) throws -> ReportTable {
        ReportTable(
            columns: [
                .text(strings.budgetColumn),
                .number(strings.limitColumn),
                .number(strings.actualBeforeColumn),
                .text(strings.resultBeforeColumn),
                .number(strings.actualAfterColumn),
                .text(strings.resultAfterColumn),
            ],
            rows: try diff.budgets.map { budget in
                [budget.name, try SummaryTables(language: language).budgetValue(budget.limit, unit: budget.unit)]
                    + (try outcome(budget.before, unit: budget.unit))
                    + (try outcome(budget.after, unit: budget.unit))
            }
        )
    }

    private func beforeAfterColumns(first: String) -> [ReportTable.Column] {
        [.text(first), .number(strings.beforeColumn), .number(strings.afterColumn), .number(strings.changeColumn)]
    }

    private func wasteRow(
        _ label: String,
        emissions: FigureChange<EmissionEstimate>,
        impressions: FigureChange<Double>
    ) throws -> [String] {
        [
            label,
            try numbers.mass(emissions.before.central),
            try numbers.mass(emissions.after.central),
            try deltas.massChange(emissions),
            try deltas.count(impressions.delta),
        ]
    }

    private func emissions(of line: LineFigures?) throws -> String {
        try line.map { try numbers.mass($0.emissions.central) } ?? strings.notApplicable
    }

    private func outcome(_ outcome: BudgetOutcome?, unit: String) throws -> [String] {
        guard let outcome else { return [strings.notApplicable, strings.notApplicable] }
        return [
            try SummaryTables(language: language).budgetValue(outcome.actual, unit: unit),
            outcome.passed ? strings.budgetMet : strings.budgetExceeded,
        ]
    }
}
