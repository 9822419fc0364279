import Foundation

/// One field of an RFC 4180 CSV record.
package enum CSVField {
    /// The first characters that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// A text field from the input: prefixed with `'` when a spreadsheet would run it as a formula,
    /// then quoted when needed.
    package static func text(_ value: String) -> String {
        let neutralised = value.first.map(formulaStarts.contains) == true ? "'" + value : value
        return quoted(neutralised)
    }

    /// A field the renderer wrote itself (numbers, column names), quoted when needed but never prefixed.
    package static func quoted(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as a locale-independent decimal that reads back to the same value: `1200`, `0.0412`.
    ///
    /// - Throws: ``ReportRenderingError`` for NaN and infinity.
    static func number(_ value: Double) throws -> String {
        guard value.isFinite else { throw ReportRenderingError.nonFiniteNumber(value: value, field: nil) }
        if value == value.rounded(), let integer = Int64(exactly: value) {
            return String(integer)
        }
        return "\(value)"
    }
}
