/// The order of day and month in a column of slash dates such as `01/03/2026`.
enum DateOrder: Sendable, Equatable {
    /// `3/1/2026` is 1 March (en-US).
    case monthFirst
    /// `01/03/2026` is 1 March (most other locales).
    case dayFirst
}

/// Reads the dates of exports: `2026-03-01`, `2026/03/01`, `3/1/2026` or `01/03/2026` (order per
/// column), and date-times whose date comes first (`2026-03-01 00:00:00`, `2026-03-01T00:00:00Z`).
enum ExportDate {
    /// The day and month fields of a slash date with the year last, to decide the column's order.
    static func slashFields(_ cell: String) -> (first: Int, second: Int)? {
        let parts = datePart(cell).split(separator: "/")
        guard parts.count == 3, parts[2].count == 4, let first = Int(parts[0]), let second = Int(parts[1]) else {
            return nil
        }
        return (first, second)
    }

    /// The ISO 8601 form (`YYYY-MM-DD`) of `cell`, or `nil` when it is no date this reader knows.
    ///
    /// The calendar check (30 February) is the canonical parser's.
    static func iso(_ cell: String, order: DateOrder) -> String? {
        let date = datePart(cell)
        for separator: Character in ["-", "/", "."] {
            let parts = date.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3,
                parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
            else { continue }
            if parts[0].count == 4 { return compose(year: parts[0], month: parts[1], day: parts[2]) }
            if parts[2].count == 4 {
                let (month, day) = order == .monthFirst ? (parts[0], parts[1]) : (parts[1], parts[0])
                return compose(year: parts[2], month: month, day: day)
            }
        }
        return nil
    }

    /// The text before a time: `2026-03-01 00:00:00` → `2026-03-01`.
    private static func datePart(_ cell: String) -> Substring {
        let trimmed = Substring(cell)
        let end = trimmed.firstIndex { $0 == " " || $0 == "T" } ?? trimmed.endIndex
        return trimmed[..<end]
    }

    private static func compose(year: Substring, month: Substring, day: Substring) -> String? {
        guard month.count <= 2, day.count <= 2 else { return nil }
        func padded(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        return "\(year)-\(padded(month))-\(padded(day))"
    }
}

/// Reads durations in seconds: `H:MM:SS`, `MM:SS`, `12.3`, `12.3s` (the decimal separator per column).
enum ExportDuration {
    /// The seconds `cell` stands for, or `nil` when it is not a duration.
    static func seconds(_ cell: String, style: DecimalStyle) -> Double? {
        var text = Substring(cell)
        if text.last == "s" || text.last == "S" { text = text.dropLast() }
        while text.last == " " { text = text.dropLast() }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        if parts.count == 1 {
            return NumberText.plainDecimal(String(text), style: style).flatMap(Double.init)
        }
        var total = 0.0
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            guard
                let value = isLast
                    ? NumberText.plainDecimal(String(part), style: style).flatMap(Double.init)
                    : (part.allSatisfy { $0.isASCII && $0.isNumber } && !part.isEmpty ? Double(String(part)) : nil)
            else { return nil }
            if index > 0, value >= secondsPerMinute { return nil }
            total = total * secondsPerMinute + value
        }
        return total
    }

    private static let secondsPerMinute = 60.0
}
