/// Rewrites decimal numbers as text, exactly, for messages that suggest a corrected value.
enum DecimalText {
    /// The number a hundred times smaller: `1.7` → `0.017`, `72` → `0.72`, `100` → `1`.
    ///
    /// Moves the decimal point in the text, so no binary rounding shows; text with an exponent
    /// falls back to `value / 100`.
    static func dividedByHundred(_ text: String, value: Double) -> String {
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
}
