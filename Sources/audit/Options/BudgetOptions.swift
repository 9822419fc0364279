public import ArgumentParser
public import Sobriety

/// `--budget`, `--budget-file` and `--budget-on`: the emission budgets a campaign must meet, the CI gate.
struct BudgetOptions: ParsableArguments {
    @Option(
        name: .customLong("budget"),
        help: ArgumentHelp(
            "A budget: total=2.5t (g, kg or t), intensity=350g/kimp, useful-intensity=600g/kimp (per 1,000 "
                + "impressions; g/kimp or kg/kimp) or waste-share=25%, for the whole plan or for one campaign or "
                + "platform (total[campaign=Spring]=1t, total[platform=tiktok]=300kg). Repeatable; exit 1 when "
                + "one is exceeded.",
            valueName: "spec"
        )
    )
    var specs: [String] = []

    @Option(
        name: .customLong("budget-file"),
        help: ArgumentHelp("Budgets in a TOML file (see README), checked before the --budget ones.", valueName: "path")
    )
    var file: String?

    @Option(
        name: .customLong("budget-on"),
        help: ArgumentHelp(
            "Compare budgets with the central estimate or the high end of the range (default: the budget "
                + "file's basis, else central).",
            valueName: "basis"
        )
    )
    var basisOption: BudgetBasis?

    /// The budgets to check and the basis to check them on; call it before reading any input, so a
    /// bad budget costs nothing.
    ///
    /// - Parameter platforms: The platform keys the factor set knows: a platform scope must name one.
    /// - Returns: The budget file's budgets, then one per `--budget`, in order, and the basis.
    /// - Throws: ``UsageError`` (exit 64) naming the first spec that cannot be read or an unknown
    ///   platform; ``BudgetFileError`` for a budget file that cannot be read (66) or used (65).
    func emissionBudgets(platforms: [String]) throws -> (budgets: [EmissionBudget], basis: BudgetBasis) {
        let budgetFile = try file.map { path throws(BudgetFileError) in try BudgetFile(path: path) }
        let specified: [EmissionBudget]
        do {
            specified = try specs.map { spec throws(BudgetSpecError) in try EmissionBudget(parsing: spec) }
        } catch {
            throw UsageError(description: error.description)
        }
        let budgets = (budgetFile?.budgets ?? []) + specified
        let known = Set(platforms)
        for case let scope? in budgets.map(\.scope) where scope.dimension == .platform && !known.contains(scope.value) {
            throw UsageError(
                description: "budget scope \(scope): \"\(scope.value)\" is not a known platform; expected one of "
                    + platforms.joined(separator: ", ")
            )
        }
        return (budgets, basisOption ?? budgetFile?.basis ?? .central)
    }
}

/// `--budget-on` values are the library's basis names; the conformance stays at the command-line edge.
extension BudgetBasis: ExpressibleByArgument {}
