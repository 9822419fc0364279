/// How one column writes its numbers: which of `.` and `,` is the decimal separator (the other groups thousands).
///
/// Decided per column from all its cells (`../shared/research/exports.md` §0.5): `1,234.56`, `0,37` and
/// `12,50` settle it, `1,234` alone does not, and a column that never settles follows the file.
enum DecimalStyle: Sendable, Equatable {
    /// `1,234.56`: a decimal point, commas (or spaces) between thousands.
    case point
    /// `1.234,56` or `1 234,56`: a decimal comma, points (or spaces) between thousands.
    case comma

    /// What one cell says about its column's style.
    enum Evidence {
        /// Only a decimal point fits.
        case point
        /// Only a decimal comma fits.
        case comma
        /// Either fits (`1,234`, `1.234`), or the cell has no separator.
        case none
    }

    /// What `cell` (a number, currency signs and spaces allowed) says about the style.
    static func evidence(_ cell: String) -> Evidence {
        let digits = NumberText.digitsAndSeparators(cell)
        let points = digits.filter { $0 == "." }.count
        let commas = digits.filter { $0 == "," }.count
        switch (points, commas) {
        case (0, 0):
            return .none
        case (_, 0):
            if points > 1 { return .comma }
            return couldGroupThousands(digits, separator: ".") && !isPercentage(cell) ? .none : .point
        case (0, _):
            if commas > 1 { return .point }
            return couldGroupThousands(digits, separator: ",") && !isPercentage(cell) ? .none : .comma
        default:
            guard let point = digits.lastIndex(of: "."), let comma = digits.lastIndex(of: ",") else { return .none }
            return point > comma ? .point : .comma
        }
    }

    /// Whether the cell is a percentage, where `98,389%` means 98.389% (a share above 1000% is not written).
    private static func isPercentage(_ cell: String) -> Bool {
        cell.hasSuffix("%")
    }

    /// Whether the only `separator` of `digits` could separate thousands: one to three digits before it
    /// (not starting with 0) and three after.
    private static func couldGroupThousands(_ digits: String, separator: Character) -> Bool {
        guard let index = digits.firstIndex(of: separator) else { return false }
        let head = digits[..<index].filter(\.isNumber)
        let tail = digits[digits.index(after: index)...]
        return (1...3).contains(head.count) && head.first != "0" && tail.count == 3 && tail.allSatisfy(\.isNumber)
    }
}

/// Tallies the evidence of one column's cells.
struct DecimalStyleTally: Sendable {
    private var points = 0
    private var commas = 0

    mutating func add(_ evidence: DecimalStyle.Evidence) {
        switch evidence {
        case .point: points += 1
        case .comma: commas += 1
        case .none: break
        }
    }

    /// The style the cells settle, the majority where they disagree (the others then fail to read); `nil` when none settles it.
    var decided: DecimalStyle? {
        if points == 0, commas == 0 { return nil }
        return commas > points ? .comma : .point
    }
}

/// Reads export numbers: currency signs, `%`, spaces and thousands separators around the digits.
enum NumberText {
    /// The digits, signs and separators of a cell, without currency signs, spaces and `%`.
    static func digitsAndSeparators(_ cell: String) -> String {
        let kept = cell.utf8.filter {
            $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",")
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// The plain decimal text (`-1234.56`) of `cell` written in `style`, or `nil` when it is not such a number.
    ///
    /// Groups must be of three digits; currency signs and codes before or after the number, spaces
    /// (also no-break and narrow no-break) and a `%` sign are allowed and dropped.
    static func plainDecimal(_ cell: String, style: DecimalStyle) -> String? {
        // Plain digits and separators, the common case, skip the search for currency signs and codes.
        let isPlain = cell.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == 0x2C || $0 == 0x2E || $0 == 0x2D }
        var text = Substring(cell)
        if !isPlain {
            text = text.drop { isDecoration($0) }
            while let last = text.last, isDecoration(last) { text.removeLast() }
            text = droppingCurrencyCode(text)
            text = text.drop { isDecoration($0) }
            while let last = text.last, isDecoration(last) { text.removeLast() }
        }
        var isNegative = false
        if text.first == "-" || text.first == "−" {
            isNegative = true
            text.removeFirst()
            text = text.drop { isDecoration($0) }
        }
        let decimal: Character = style == .point ? "." : ","
        let group: Character = style == .point ? "," : "."
        var integer = ""
        var fraction = ""
        var hasFraction = false
        var groupLengths: [Int] = []
        var current = 0
        for character in text {
            if hasFraction {
                guard character.isASCII, character.isNumber else { return nil }
                fraction.append(character)
            } else if character.isASCII, character.isNumber {
                integer.append(character)
                current += 1
            } else if character == group || isSpace(character) {
                groupLengths.append(current)
                current = 0
            } else if character == decimal {
                hasFraction = true
            } else {
                return nil
            }
        }
        if !groupLengths.isEmpty {
            // 1,234,567: a first group of one to three digits, then groups of three.
            groupLengths.append(current)
            guard (1...3).contains(groupLengths[0]), groupLengths.dropFirst().allSatisfy({ $0 == 3 }) else {
                return nil
            }
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        var plain = (isNegative ? "-" : "") + (integer.isEmpty ? "0" : integer)
        if !fraction.isEmpty { plain += "." + fraction }
        return plain
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\u{202F}" || character == "'"
    }

    /// Currency signs, `%` and spaces around a number.
    private static func isDecoration(_ character: Character) -> Bool {
        isSpace(character) || character == "%"
            || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .currencySymbol }
    }

    /// `text` without a currency code (three capital letters) before or after the number: `EUR 12,50`, `12.50 USD`.
    private static func droppingCurrencyCode(_ text: Substring) -> Substring {
        func isCode(_ letters: Substring) -> Bool {
            letters.count == 3 && letters.allSatisfy { $0.isASCII && $0.isUppercase }
        }
        if isCode(text.prefix(3)) { return text.dropFirst(3) }
        if isCode(text.suffix(3)) { return text.dropLast(3) }
        return text
    }
}
