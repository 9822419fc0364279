public import ArgumentParser
public import Sobriety

/// `--budget` and `--budget-on`: the emission budgets a campaign must meet, the CI gate.
struct BudgetOptions: ParsableArguments {
    @Option(
        name: .customLong("budget"),
        help: ArgumentHelp(
            "A budget: total=2.5t (g, kg or t), intensity=350g/kimp, useful-intensity=600g/kimp (per 1,000 "
                + "impressions; g/kimp or kg/kimp) or waste-share=25%. Repeatable; exit 1 when one is exceeded.",
            valueName: "spec"
        )
    )
    var specs: [String] = []

    @Option(
        name: .customLong("budget-on"),
        help: ArgumentHelp(
            "Compare budgets with the central estimate or the high end of the range.",
            valueName: "basis"
        )
    )
    var basis: BudgetBasis = .central

    /// The budgets the specs name; call it before reading any input, so a bad spec costs nothing.
    ///
    /// - Returns: One budget per `--budget`, in order.
    /// - Throws: ``UsageError`` (exit 64) naming the first spec that cannot be read.
    func emissionBudgets() throws(UsageError) -> [EmissionBudget] {
        do {
            return try specs.map { spec throws(BudgetSpecError) in try EmissionBudget(parsing: spec) }
        } catch {
            throw UsageError(description: error.description)
        }
    }
}

/// `--budget-on` values are the library's basis names; the conformance stays at the command-line edge.
extension BudgetBasis: ExpressibleByArgument {}
