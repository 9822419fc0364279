extension Auditor {
    /// Compares two versions of a plan: audits both with per-line detail, checks the same budgets
    /// against each, and returns what changed.
    ///
    /// - Parameters:
    ///   - base: The plan before the change.
    ///   - head: The plan after the change.
    ///   - budgets: The budgets to check against both plans.
    ///   - basis: Which value of an emission range the budgets compare with.
    ///   - options: What the estimates include and how ranges are drawn; per-line detail is always kept.
    /// - Returns: The diff, with the budget verdicts on the head plan and the warnings of both audits.
    /// - Throws: As ``audit(files:options:progress:)``, for either plan.
    public func diff(
        base: AuditInput,
        head: AuditInput,
        budgets: [EmissionBudget] = [],
        basis: BudgetBasis = .central,
        options: EstimationOptions = EstimationOptions()
    ) throws -> PlanDiffAudit {
        var options = options
        options.keepsLines = true
        options.scopes = budgets.scopes
        var baseReport = try audit(files: [base], options: options)
        var headReport = try audit(files: [head], options: options)
        baseReport.budgets = budgets.map { $0.verdict(for: baseReport, basis: basis).result }
        let headVerdicts = budgets.map { $0.verdict(for: headReport, basis: basis) }
        headReport.budgets = headVerdicts.map(\.result)
        return PlanDiffAudit(
            diff: PlanDiff(base: baseReport, head: headReport),
            headVerdicts: headVerdicts,
            warnings: baseReport.warnings + headReport.warnings
        )
    }
}

/// What ``Auditor/diff(base:head:budgets:basis:options:)`` produces: the diff, and the budget
/// verdicts on the head plan, which decide a CI gate.
public struct PlanDiffAudit: Sendable {
    /// What changed between the two plans.
    public var diff: PlanDiff
    /// Each budget checked against the head plan, in the order given.
    public var headVerdicts: [BudgetVerdict]
    /// Recoverable problems found in the base plan, then in the head plan; each names its file.
    public var warnings: [ReportWarning]

    /// The head plan's verdicts that exceeded their budget.
    public var exceededHeadBudgets: [BudgetVerdict] { headVerdicts.filter { !$0.passed } }
}
