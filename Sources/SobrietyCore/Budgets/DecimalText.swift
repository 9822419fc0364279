/// Decimal numbers as plain text for messages: no locale, no grouping, every digit of the integer part.
package enum DecimalText {
    /// The number a hundred times smaller: `1.7` → `0.017`, `72` → `0.72`, `100` → `1`.
    ///
    /// Moves the decimal point in the text, so no binary rounding shows; text with an exponent or a
    /// sign falls back to `value / 100`.
    ///
    /// - Parameters:
    ///   - text: The number as written.
    ///   - value: Its value.
    /// - Returns: The text of the number divided by 100.
    package static func dividedByHundred(_ text: String, value: Double) -> String {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
            return "\(value / 100)"
        }
        let integer = parts[0]
        var digits = String(integer) + (parts.count == 2 ? parts[1] : "")
        var pointPosition = integer.count - 2
        if pointPosition < 1 {
            digits = String(repeating: "0", count: 1 - pointPosition) + digits
            pointPosition = 1
        }
        let whole = digits.prefix(pointPosition).drop { $0 == "0" }
        var fraction = digits.dropFirst(pointPosition)
        while fraction.last == "0" { fraction.removeLast() }
        let wholeText = whole.isEmpty ? "0" : String(whole)
        return fraction.isEmpty ? wholeText : "\(wholeText).\(fraction)"
    }

    /// The shortest text that reads back as the value: `2.5`, `1000`, `0.25`.
    static func text(_ value: Double) -> String {
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// The shortest text that reads back as the value, never in exponent form: `0.000012`, not `1.2e-05`.
    ///
    /// Moves the decimal point of the shortest round-trip text, so the digits, and the value they
    /// read back as, are the same.
    package static func plain(_ value: Double) -> String {
        let shortest = text(value)
        guard let exponentMark = shortest.firstIndex(of: "e"),
            let exponent = Int(shortest[shortest.index(after: exponentMark)...])
        else { return shortest }
        let isNegative = shortest.hasPrefix("-")
        let mantissa = shortest[..<exponentMark].drop { $0 == "-" }
        let integerDigits = mantissa.prefix { $0 != "." }.count
        let digits = mantissa.filter { $0 != "." }
        let pointPosition = integerDigits + exponent
        let unsigned: String
        if pointPosition <= 0 {
            unsigned = "0." + String(repeating: "0", count: -pointPosition) + digits
        } else if pointPosition >= digits.count {
            unsigned = digits + String(repeating: "0", count: pointPosition - digits.count)
        } else {
            unsigned = "\(digits.prefix(pointPosition)).\(digits.dropFirst(pointPosition))"
        }
        return isNegative ? "-" + unsigned : unsigned
    }

    /// A value with three significant digits, or more until the shown value compares with a limit
    /// as the value itself does (so `2.5004` against `2.5` shows as `2.5004`, not `2.5`).
    ///
    /// - Parameters:
    ///   - value: The value to show.
    ///   - limit: The limit it is compared with.
    ///   - isWithin: Whether the value is within the limit (at most the limit).
    /// - Returns: The value's text.
    static func text(_ value: Double, comparingWith limit: Double, within isWithin: Bool) -> String {
        for significantDigits in 3...17 {
            let shown = rounded(value, significantDigits: significantDigits)
            if (shown <= limit) == isWithin { return text(shown) }
        }
        return text(value)
    }

    /// The value rounded to a number of significant digits, keeping every digit of its integer part.
    static func rounded(_ value: Double, significantDigits: Int) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let decimals = min(max(0, significantDigits - 1 - decimalExponent(of: value)), maximumExactPower)
        let scale = (0..<decimals).reduce(1.0) { power, _ in power * 10 }
        return (value * scale).rounded() / scale
    }

    /// The largest power of ten a `Double` holds exactly: 10²².
    private static let maximumExactPower = 22

    /// The power of ten of the value's leading digit: 0 for 3.01, 6 for 3,010,000, −2 for 0.05.
    private static func decimalExponent(of value: Double) -> Int {
        var magnitude = value.magnitude
        var exponent = 0
        while magnitude >= 10 {
            magnitude /= 10
            exponent += 1
        }
        while magnitude < 1 {
            magnitude *= 10
            exponent -= 1
        }
        return exponent
    }
}
