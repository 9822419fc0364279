/// A table of plain-text cells, built once and laid out by each human-facing format.
struct ReportTable: Sendable {
    /// Where a column's cells sit.
    enum Alignment: Sendable {
        /// Text: flush left.
        case leading
        /// Numbers: flush right.
        case trailing
    }

    /// A column's title and alignment.
    struct Column: Sendable {
        /// The title in the header row.
        var title: String
        /// Where its cells sit.
        var alignment: Alignment

        /// A left-aligned text column.
        static func text(_ title: String) -> Column { Column(title: title, alignment: .leading) }

        /// A right-aligned number column.
        static func number(_ title: String) -> Column { Column(title: title, alignment: .trailing) }
    }

    /// The columns, in order.
    var columns: [Column]
    /// The rows; each has one plain-text cell per column.
    var rows: [[String]]
}
