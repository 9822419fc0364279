/// One budget checked against both versions of a plan.
public struct BudgetComparison: Sendable, Hashable, Codable {
    /// The metric, such as `total`.
    public var metric: String
    /// The line items the budget limits, such as `platform=tiktok`; `nil` for the whole plan.
    public var scope: String?
    /// The limit, in ``unit``.
    public var limit: Double
    /// The unit of the limit and of the audited values: `g`, `g/kimp` or `ratio`.
    public var unit: String
    /// The verdict on the base plan; `nil` when the base audit lists no budget at this position.
    public var before: BudgetOutcome?
    /// The verdict on the head plan; `nil` when the head audit lists no budget at this position.
    public var after: BudgetOutcome?

    /// Pairs the budget verdicts of two audits by position.
    ///
    /// The caller checks the same budgets, in the same order, against both audits; a position only
    /// one audit lists keeps the other side `nil`.
    ///
    /// - Parameters:
    ///   - before: The base audit's verdicts.
    ///   - after: The head audit's verdicts.
    /// - Returns: One comparison per position.
    public static func pairing(before: [BudgetResult], after: [BudgetResult]) -> [BudgetComparison] {
        (0..<max(before.count, after.count)).compactMap { position in
            let old = before.indices.contains(position) ? before[position] : nil
            let new = after.indices.contains(position) ? after[position] : nil
            guard let named = new ?? old else { return nil }
            return BudgetComparison(
                metric: named.metric,
                scope: named.scope,
                limit: named.limit,
                unit: named.unit,
                before: old.map(BudgetOutcome.init),
                after: new.map(BudgetOutcome.init)
            )
        }
    }
}

extension BudgetComparison {
    /// The metric with its scope: `total`, `total[platform=tiktok]`.
    public var name: String { BudgetResult.name(metric: metric, scope: scope) }
}

/// A budget's verdict on one plan.
public struct BudgetOutcome: Sendable, Hashable, Codable {
    /// The audited value compared with the limit, in the budget's unit.
    public var actual: Double
    /// Whether the budget was met.
    public var passed: Bool

    /// The outcome a budget result records.
    init(_ result: BudgetResult) {
        actual = result.actual
        passed = result.passed
    }
}
