import Foundation

/// Writes numbers for arithmetic that a reader redoes by hand: rounded to a number of significant
/// digits, trailing zeros dropped, thousands grouped, never in the environment's locale.
///
/// `0.000008`, `2,220`, `3,222,525,000`, `12.3457`; exponent form only far from one (`1.5e-12`).
struct SignificantNumberFormatter: Sendable {
    /// Separates the integer part from the fraction.
    let decimalSeparator: String
    /// Groups thousands.
    let groupingSeparator: String
    /// Significant digits kept.
    let significantDigits: Int

    /// Decimal exponents written in full; others use exponent form.
    private let plainExponents = -9..<15

    /// The number rounded to ``significantDigits``.
    /// - Throws: ``ReportRenderingError`` for NaN or infinity.
    func string(_ value: Double) throws -> String {
        guard value.isFinite else { throw ReportRenderingError.nonFiniteNumber(value: value, field: nil) }
        guard value != 0 else { return "0" }
        // `%.Ne` rounds to N + 1 significant digits: "-3.222525000e+09".
        let scientific = String(format: "%.\(significantDigits - 1)e", value.magnitude)
        let parts = scientific.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return "\(value)" }
        let digits = parts[0].filter(\.isNumber)
        let sign = value < 0 ? "-" : ""
        guard plainExponents.contains(exponent) else {
            let mantissa = trimmed(String(digits.prefix(1)), fraction: String(digits.dropFirst()))
            return "\(sign)\(mantissa)e\(exponent)"
        }
        let integerCount = exponent + 1
        let padded =
            integerCount > digits.count
            ? digits + String(repeating: "0", count: integerCount - digits.count)
            : integerCount <= 0 ? String(repeating: "0", count: 1 - integerCount) + digits : digits
        let split = max(1, integerCount)
        let integerPart = grouped(String(padded.prefix(split)))
        return sign + trimmed(integerPart, fraction: String(padded.dropFirst(split)))
    }

    private func trimmed(_ integerPart: String, fraction: String) -> String {
        let kept = String(fraction.reversed().drop { $0 == "0" }.reversed())
        return kept.isEmpty ? integerPart : integerPart + decimalSeparator + kept
    }

    private func grouped(_ digits: String) -> String {
        DigitGroups.grouped(digits, separator: groupingSeparator)
    }
}
