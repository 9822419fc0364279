/// Writes a ``ReportTable`` as an HTML `<table>`: every cell escaped, number columns right-aligned.
enum HTMLTable {
    /// The table's markup, with an optional CSS class on the `<table>` element.
    static func render(_ table: ReportTable, className: String? = nil) -> String {
        let classes = table.columns.map { $0.alignment == .trailing ? " class=\"num\"" : "" }
        let header = zip(table.columns, classes).map { column, cls in "<th\(cls)>\(HTMLText.escaped(column.title))</th>"
        }
        let rows = table.rows.map { row in
            "<tr>" + zip(row, classes).map { cell, cls in "<td\(cls)>\(HTMLText.escaped(cell))</td>" }.joined()
                + "</tr>"
        }
        let classAttribute = className.map { " class=\"\(HTMLText.escaped($0))\"" } ?? ""
        return """
            <table\(classAttribute)><thead><tr>\(header.joined())</tr></thead>\
            <tbody>\(rows.joined(separator: "\n"))</tbody></table>
            """
    }
}
