/// Lays out a table in aligned columns of monospaced text, within a maximum width.
struct TextTable: Sendable {
    /// Columns the whole table may take.
    var maximumWidth: Int
    /// The column that gives up width (its cells are cut with `…`) when the table is too wide.
    var flexibleColumn: Int?
    /// Spaces between columns.
    private let gap = "  "

    /// The table as lines: the header, a rule, then one line per row, without trailing spaces.
    func render(_ table: ReportTable) -> String {
        let titles = table.columns.map { SingleLineText.sanitized($0.title) }
        let rows = table.rows.map { $0.map(SingleLineText.sanitized) }
        let widths = columnWidths(titles: titles, rows: rows)
        let rule = widths.map { String(repeating: "-", count: $0) }
        let lines = [titles, rule] + rows
        return lines.map { line(cells: $0, widths: widths, columns: table.columns) }.joined(separator: "\n")
    }

    private func columnWidths(titles: [String], rows: [[String]]) -> [Int] {
        var widths = titles.indices.map { column in
            ([titles] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        let total = widths.reduce(0, +) + gap.count * max(0, widths.count - 1)
        if let flexibleColumn, total > maximumWidth {
            let narrowest = DisplayWidth.of(titles[flexibleColumn])
            widths[flexibleColumn] = max(narrowest, widths[flexibleColumn] - (total - maximumWidth))
        }
        return widths
    }

    private func line(cells: [String], widths: [Int], columns: [ReportTable.Column]) -> String {
        let padded = cells.indices.map { column in
            let cell = DisplayWidth.truncated(cells[column], to: widths[column])
            let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
            switch columns[column].alignment {
            case .leading: return cell + padding
            case .trailing: return padding + cell
            }
        }
        let text = padded.joined(separator: gap)
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        return String(text[..<end])
    }
}
