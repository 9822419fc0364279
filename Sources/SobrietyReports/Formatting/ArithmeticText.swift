import SobrietyCore

/// Writes an ``Arithmetic`` formula on one line, with its symbols or with its numbers.
struct ArithmeticText: Sendable {
    /// Writes numbers in the numeric form.
    let numbers: SignificantNumberFormatter

    /// Where an expression sits, which decides whether it needs parentheses.
    private enum Position {
        case whole
        case factor
        case divisor
        case subtrahend
    }

    /// The formula with its operands' symbols: `B / 1,000,000,000 × cdn.use × g × u`.
    func symbols(_ expression: Arithmetic) throws -> String {
        try write(expression, at: .whole) { $0.symbol }
    }

    /// The formula with its operands' values: `3,222,525,000 / 1,000,000,000 × 0.03 × 56 × 1`.
    func values(_ expression: Arithmetic) throws -> String {
        try write(expression, at: .whole) { try numbers.string($0.value) }
    }

    private func write(
        _ expression: Arithmetic,
        at position: Position,
        operand: (Operand) throws -> String
    ) throws -> String {
        func parenthesized(_ text: String, when needed: Bool) -> String { needed ? "(\(text))" : text }
        switch expression {
        case .operand(let value):
            return try operand(value)
        case .constant(let value):
            return try numbers.string(value)
        case .sum(let terms):
            if terms.count == 1, let only = terms.first { return try write(only, at: position, operand: operand) }
            guard !terms.isEmpty else { return "0" }
            let text = try terms.map { try write($0, at: .whole, operand: operand) }.joined(separator: " + ")
            return parenthesized(text, when: position != .whole)
        case .difference(let minuend, let subtrahend):
            let text =
                try write(minuend, at: .whole, operand: operand) + " − "
                + write(subtrahend, at: .subtrahend, operand: operand)
            return parenthesized(text, when: position != .whole)
        case .product(let factors):
            let text = try factors.map { try write($0, at: .factor, operand: operand) }.joined(separator: " × ")
            return parenthesized(text, when: position == .divisor)
        case .quotient(let dividend, let divisor):
            let text =
                try write(dividend, at: .factor, operand: operand) + " / "
                + write(divisor, at: .divisor, operand: operand)
            return parenthesized(text, when: position != .whole)
        case .atLeastZero(let inner):
            return "max(0, \(try write(inner, at: .whole, operand: operand)))"
        }
    }
}
