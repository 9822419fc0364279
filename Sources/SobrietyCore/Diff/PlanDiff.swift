/// What changed between two versions of a media plan: the one value every diff renderer formats.
///
/// Built from two audits with per-line detail: the base plan (before) and the head plan (after).
/// Every figure a renderer shows is computed here: each total, intensity and waste figure before and
/// after with its delta, each line item added, removed or changed, and each budget on both plans.
/// Emissions are grams of CO2e.
public struct PlanDiff: Sendable, Hashable, Codable {
    /// The version of the diff's JSON shape; bumped on any breaking change.
    public var schemaVersion: String
    /// The tool that audited the head plan.
    public var tool: ToolInfo
    /// The factor set the head plan was audited with.
    public var factorSet: FactorSetIdentity
    /// The files audited as each plan.
    public var inputs: PlanInputs
    /// Emissions, intensities and impressions.
    public var totals: TotalsDiff
    /// Waste emissions, share and causes.
    public var waste: WasteDiff
    /// The line items that differ, and how many did not.
    public var lines: LineItemDiffs
    /// Each budget checked against both plans, in the order given.
    public var budgets: [BudgetComparison]
    /// The lean plan's emissions (every recommendation applied), when both audits computed one.
    public var leanPlanEmissions: FigureChange<EmissionEstimate>?

    /// The current version of the diff's JSON shape.
    public static let currentSchemaVersion = "1"

    /// Compares two audits of a plan.
    ///
    /// - Parameters:
    ///   - base: The audit of the plan before the change, with per-line detail and its budgets.
    ///   - head: The audit of the plan after the change, with per-line detail and its budgets.
    public init(base: AuditReport, head: AuditReport) {
        schemaVersion = Self.currentSchemaVersion
        tool = head.tool
        factorSet = head.factorSet
        inputs = PlanInputs(before: base.inputs, after: head.inputs)
        totals = TotalsDiff(before: base.totals, after: head.totals)
        waste = WasteDiff(base: base, head: head)
        lines = LineItemDiffs(before: base.lines, after: head.lines)
        budgets = BudgetComparison.pairing(before: base.budgets, after: head.budgets)
        leanPlanEmissions = base.leanPlan.flatMap { before in
            head.leanPlan.map { FigureChange(before: before.emissions, after: $0.emissions) }
        }
    }

    /// Whether the head plan exceeds at least one of its budgets.
    public var headExceedsBudget: Bool {
        budgets.contains { $0.after?.passed == false }
    }
}

/// The files audited as the base and the head plan.
public struct PlanInputs: Sendable, Hashable, Codable {
    /// The base plan's files.
    public var before: [InputSummary]
    /// The head plan's files.
    public var after: [InputSummary]

    /// Creates the inputs of both plans.
    ///
    /// - Parameters:
    ///   - before: The base plan's files.
    ///   - after: The head plan's files.
    public init(before: [InputSummary], after: [InputSummary]) {
        self.before = before
        self.after = after
    }
}
