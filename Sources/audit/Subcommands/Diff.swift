import ArgumentParser
import Sobriety

/// `audit diff <base.csv> <head.csv>`: what changed between two versions of a plan.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a plan: totals, waste, line items and budgets, before and after.",
        discussion: """
            Audits both plans with the same factor set and reading options (--preset, --mapping and \
            the file-wide values apply to both). Budgets are checked against \
            both; the command exits 1 when one is exceeded on the head plan, after writing the diff.
            """
    )

    @Argument(help: "The plan before the change (campaign CSV).")
    var base: String

    @Argument(help: "The plan after the change (campaign CSV).")
    var head: String

    @OptionGroup var destination: DiffOutputOptions
    @OptionGroup var factorOptions: FactorOptions
    @OptionGroup var budgets: BudgetOptions
    @OptionGroup var language: LanguageOptions
    @OptionGroup var input: InputOptions

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let format = try destination.resolvedFormat()
        let auditor = try input.auditor(factorSet: try factorOptions.store().factorSet())
        let (emissionBudgets, basis) = try budgets.emissionBudgets(platforms: auditor.factorSet.platformKeys)
        let audit = try auditor.diff(
            base: AuditInput(path: base),
            head: AuditInput(path: head),
            budgets: emissionBudgets,
            basis: basis
        )
        if !quiet {
            for warning in audit.warnings { Terminal.printWarning(warning.message) }
        }
        try ReportWriter.write(try format.renderer(language: language.code).render(audit.diff), to: destination.output)
        // The gate comes last: the diff is written before a budget exceeded on the head plan exits 1.
        let exceeded = audit.exceededHeadBudgets
        if !quiet {
            for verdict in exceeded { Terminal.printError(verdict.summary) }
        }
        if !exceeded.isEmpty { throw ExitStatus.budgetExceeded }
    }
}
