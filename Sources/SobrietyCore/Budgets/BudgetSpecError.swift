/// A budget spec that cannot be read: the spec as given and what was expected instead.
///
/// It prints as `budget "total=2.5": expected a unit after the number: g, kg or t (e.g. total=2.5t)`.
public struct BudgetSpecError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The spec as given.
    public let spec: String
    /// What is wrong with it and what was expected.
    public let problem: String

    /// Creates an error about a spec.
    ///
    /// - Parameters:
    ///   - spec: The spec as given.
    ///   - problem: What is wrong with it and what was expected.
    public init(spec: String, problem: String) {
        self.spec = spec
        self.problem = problem
    }

    /// The message: the spec, quoted, then the problem.
    public var description: String { "budget \"\(spec)\": \(problem)" }
}
