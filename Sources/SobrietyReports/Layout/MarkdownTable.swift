/// Lays out a table as a GitHub-flavoured Markdown pipe table.
enum MarkdownTable {
    /// The table with every title and cell escaped as plain text.
    static func render(_ table: ReportTable) -> String {
        render(table, cells: table.rows.map { $0.map(MarkdownEscaping.text) })
    }

    /// The table with titles escaped and `cells` used as given (already Markdown).
    static func render(_ table: ReportTable, cells: [[String]]) -> String {
        let header = row(table.columns.map { MarkdownEscaping.text($0.title) })
        let rule = row(
            table.columns.map { column in
                switch column.alignment {
                case .leading: "---"
                case .trailing: "--:"
                }
            }
        )
        return ([header, rule] + cells.map(row)).joined(separator: "\n")
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
