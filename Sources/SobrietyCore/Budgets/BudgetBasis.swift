/// Which value of an estimate's range a budget is compared with.
public enum BudgetBasis: String, CaseIterable, Sendable, Hashable {
    /// The central estimate, computed from central factor values (the default).
    case central
    /// The high end of the range: the budget is met only if the pessimistic estimate is within it.
    case high

    /// The value of an estimate that this basis compares with a limit.
    ///
    /// - Parameter estimate: An estimate with its range.
    /// - Returns: Its central value, or the high end of its range.
    public func value<Quantity>(of estimate: Estimate<Quantity>) -> Quantity {
        switch self {
        case .central: estimate.central
        case .high: estimate.high
        }
    }
}
