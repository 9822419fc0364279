/// A budget checked against an audit: the result the report lists, and a sentence for people.
public struct BudgetVerdict: Sendable, Hashable {
    /// The budget checked.
    public let budget: EmissionBudget
    /// Which value of the emission ranges was compared.
    public let basis: BudgetBasis
    /// The result, in the metric's base unit, as the report lists it.
    public let result: BudgetResult
    /// Whether the budget's scope holds no line item, so that it was met with nothing to measure.
    public let isEmptyScope: Bool

    /// Creates a verdict.
    ///
    /// - Parameters:
    ///   - budget: The budget checked.
    ///   - basis: Which value of the emission ranges was compared.
    ///   - result: The result, in the metric's base unit.
    ///   - isEmptyScope: Whether the budget's scope holds no line item.
    public init(budget: EmissionBudget, basis: BudgetBasis, result: BudgetResult, isEmptyScope: Bool = false) {
        self.budget = budget
        self.basis = basis
        self.result = result
        self.isEmptyScope = isEmptyScope
    }

    /// Whether the budget was met.
    public var passed: Bool { result.passed }

    /// The verdict in the limit's own unit: `budget total exceeded: 3.01 t > 2.5 t`.
    ///
    /// The audited value has three significant digits, or more when fewer would seem to contradict
    /// the verdict. On the high basis, a metric with a range ends with `(high estimate)`.
    public var summary: String {
        let unit = budget.writtenUnit
        let limit = budget.limitInWrittenUnit
        let actual = DecimalText.text(unit.writtenValue(of: result.actual), comparingWith: limit, within: passed)
        let comparison = passed ? "met: \(unit.quantity(actual)) ≤" : "exceeded: \(unit.quantity(actual)) >"
        let qualifier = basis == .high && budget.metric.hasRange ? " (high estimate)" : ""
        let empty = isEmptyScope ? " (no line item has \(budget.scope?.description ?? ""))" : ""
        return "budget \(name) \(comparison) \(unit.quantity(DecimalText.text(limit)))\(qualifier)\(empty)"
    }

    /// The metric with its scope: `total`, `total[campaign=Spring launch]`.
    public var name: String { result.name }
}
