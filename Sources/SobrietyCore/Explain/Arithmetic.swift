/// A formula of the method written out with its operands, so that a report can print it twice:
/// with symbols (`B / 1e9 × cdn.use × g`) and with the numbers substituted.
///
/// The value is evaluated from the operands; an explanation checks it against the estimator's figure.
public indirect enum Arithmetic: Sendable, Hashable {
    /// A named value: an input column, a factor or a quantity of the explanation.
    case operand(Operand)
    /// A unit conversion or the number one of a formula, written as its value.
    case constant(Double)
    /// The sum of the terms.
    case sum([Arithmetic])
    /// The product of the factors.
    case product([Arithmetic])
    /// The first divided by the second.
    case quotient(Arithmetic, Arithmetic)
    /// The first minus the second.
    case difference(Arithmetic, Arithmetic)
    /// The larger of zero and the expression, `max(0, x)`.
    case atLeastZero(Arithmetic)

    /// The expression's value, evaluated from its operands.
    public var value: Double {
        switch self {
        case .operand(let operand): operand.value
        case .constant(let value): value
        case .sum(let terms): terms.reduce(0) { $0 + $1.value }
        case .product(let factors): factors.reduce(1) { $0 * $1.value }
        case .quotient(let dividend, let divisor): dividend.value / divisor.value
        case .difference(let minuend, let subtrahend): minuend.value - subtrahend.value
        case .atLeastZero(let expression): max(0, expression.value)
        }
    }

    /// An operand with its symbol and value.
    static func named(_ symbol: String, _ value: Double) -> Arithmetic {
        .operand(Operand(symbol: symbol, value: value))
    }
}

/// A named value in a formula.
public struct Operand: Sendable, Hashable {
    /// How the formula names it: a column (`video_views`), a factor (`grid.intensity[FR]`) or a
    /// quantity symbol of DESIGN §3 (`N`, `T`, `B`, `g`, `m`, `u`).
    public var symbol: String
    /// Its value.
    public var value: Double

    /// Creates an operand.
    public init(symbol: String, value: Double) {
        self.symbol = symbol
        self.value = value
    }
}
