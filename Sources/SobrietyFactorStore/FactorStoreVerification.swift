/// What ``FactorStore/verify()`` checked, and every problem it found.
public struct FactorStoreVerification: Sendable, Hashable, CustomStringConvertible {
    /// One check and the problems it found.
    public struct Outcome: Sendable, Hashable {
        /// The check performed.
        public var check: FactorStoreCheck
        /// What is wrong, one line each; empty when the check passed.
        public var problems: [String]

        /// Whether the check found nothing wrong.
        public var passed: Bool { problems.isEmpty }
    }

    /// Every check performed, in the order of ``FactorStoreCheck/allCases``.
    public var outcomes: [Outcome]

    /// Whether every check passed.
    public var passed: Bool { outcomes.allSatisfy(\.passed) }

    /// The checks performed.
    public var checks: [FactorStoreCheck] { outcomes.map(\.check) }

    /// Every problem found, each prefixed with the name of the check that found it.
    public var problems: [String] {
        outcomes.flatMap { outcome in outcome.problems.map { "\(outcome.check): \($0)" } }
    }

    /// The problems one check found.
    ///
    /// - Parameter check: The check.
    /// - Returns: Its problems; empty when it passed or was not performed.
    public func problems(for check: FactorStoreCheck) -> [String] {
        outcomes.first { $0.check == check }?.problems ?? []
    }

    /// One line per check (`passed` or `failed`), each failure followed by its problems.
    public var description: String {
        outcomes.flatMap { outcome in
            ["\(outcome.check): \(outcome.passed ? "passed" : "failed")"] + outcome.problems.map { "  - \($0)" }
        }
        .joined(separator: "\n")
    }
}
