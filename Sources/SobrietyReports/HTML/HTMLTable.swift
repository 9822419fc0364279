/// Writes a ``ReportTable`` as an HTML `<table>`: every cell escaped, number columns right-aligned.
enum HTMLTable {
    /// Where a number cell may wrap: between a value and its range in parentheses, `948 kg (683–1,337 kg)`.
    private static let rangeBreak = " ("

    /// The table's markup, with an optional CSS class on the `<table>` element.
    static func render(_ table: ReportTable, className: String? = nil) -> String {
        let header = table.columns.map { column in
            "<th\(cellClass(column))>\(HTMLText.escaped(column.title))</th>"
        }
        let rows = table.rows.map { row in
            let cells = zip(row, table.columns).map { cell, column in
                "<td\(cellClass(column))>\(cellContent(cell, in: column))</td>"
            }
            return "<tr>" + cells.joined() + "</tr>"
        }
        let classAttribute = className.map { " class=\"\(HTMLText.escaped($0))\"" } ?? ""
        return """
            <table\(classAttribute)><thead><tr>\(header.joined())</tr></thead>\
            <tbody>\(rows.joined(separator: "\n"))</tbody></table>
            """
    }

    private static func cellClass(_ column: ReportTable.Column) -> String {
        column.alignment == .trailing ? " class=\"num\"" : ""
    }

    /// An escaped cell; a number cell keeps each value with its unit on one line (`<span class="nowrap">`)
    /// and wraps only before its range.
    private static func cellContent(_ cell: String, in column: ReportTable.Column) -> String {
        guard column.alignment == .trailing else { return HTMLText.escaped(cell) }
        let pieces = cell.split(separator: rangeBreak, omittingEmptySubsequences: false).map(String.init)
        guard pieces.count > 1 else { return HTMLText.escaped(cell) }
        return pieces.enumerated().map { index, piece in
            let text = index == 0 ? piece : "(" + piece
            return "<span class=\"nowrap\">\(HTMLText.escaped(text))</span>"
        }
        .joined(separator: " ")
    }
}
