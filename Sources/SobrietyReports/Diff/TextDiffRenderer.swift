public import SobrietyCore

/// Writes a plan diff for a terminal, within 100 columns and without colour.
///
/// It shows the files compared, the headline change of total emissions, then tables of the
/// totals, waste by cause, the line items that changed most (up to ``lineLimit``) and the budgets
/// on both plans. Input text is stripped of control characters, so a line item cannot send escape
/// sequences to the terminal.
public struct TextDiffRenderer: PlanDiffRenderer {
    private let language: ReportLanguage
    /// The widest line the diff writes.
    private let maximumWidth = 100
    /// How many line items the lines table lists; the rest are counted.
    public let lineLimit: Int

    /// The number of line items listed when none is given: a screenful.
    public static let defaultLineLimit = 10

    /// Creates a text diff renderer.
    ///
    /// - Parameters:
    ///   - lineLimit: How many line items the lines table lists.
    ///   - language: The language the diff is written in.
    public init(lineLimit: Int = defaultLineLimit, language: ReportLanguageCode = .english) {
        self.lineLimit = lineLimit
        self.language = .bundled(language)
    }

    /// Renders a diff as aligned tables.
    ///
    /// - Parameter diff: The diff to render.
    /// - Returns: The text, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ diff: PlanDiff) throws -> String {
        let strings = language.strings
        let tables = DiffTables(language: language)
        let header = DiffHeader(language: language)
        let layout = TextTable(maximumWidth: maximumWidth, flexibleColumn: 0)
        let headerLines = [
            strings.diffTitle,
            header.inputs(diff) { $0 },
            header.generatedBy(diff),
            try header.headline(diff) { $0 },
        ]
        let blocks: [String?] = [
            headerLines.map { DisplayWidth.truncated(SingleLineText.sanitized($0), to: maximumWidth) }
                .joined(separator: "\n"),
            layout.render(try tables.totals(diff)),
            layout.render(try tables.waste(diff)),
            try lines(diff, tables: tables, layout: layout),
            diff.budgets.isEmpty ? nil : layout.render(try tables.budgets(diff)),
        ]
        return blocks.compactMap(\.self).joined(separator: "\n\n") + "\n"
    }

    private func lines(_ diff: PlanDiff, tables: DiffTables, layout: TextTable) throws -> String {
        let counts = tables.lineCounts(diff)
        guard !diff.lines.items.isEmpty else { return counts + "\n" + language.strings.noLineChanges }
        return [
            counts, layout.render(try tables.lines(diff, limit: lineLimit)), tables.moreLines(diff, limit: lineLimit),
        ]
        .compactMap(\.self)
        .joined(separator: "\n\n")
    }
}
