public import SobrietyCore

/// Writes a plan diff as a Markdown pull-request comment.
///
/// A title and the files compared, a one-line headline (`**+312 kg CO2e (+10.4%)** — 3.01 t →
/// 3.32 t`), then tables: totals before, after and their change; waste by cause; the line items
/// that changed, largest emissions delta first, up to ``lineLimit`` rows; and the budgets on both
/// plans. Every string that comes from the input is escaped, so it reads as text and never as
/// Markdown or HTML.
public struct MarkdownDiffRenderer: PlanDiffRenderer {
    private let language: ReportLanguage
    /// How many line items the lines table lists; the rest are counted.
    public let lineLimit: Int

    private var strings: ReportStrings { language.strings }

    /// The number of line items listed when none is given: enough for a review, short enough for a comment.
    public static let defaultLineLimit = 20

    /// Creates a Markdown diff renderer.
    ///
    /// - Parameters:
    ///   - lineLimit: How many line items the lines table lists.
    ///   - language: The language the diff is written in.
    public init(lineLimit: Int = defaultLineLimit, language: ReportLanguageCode = .english) {
        self.lineLimit = lineLimit
        self.language = .bundled(language)
    }

    /// Renders a diff as a Markdown comment.
    ///
    /// - Parameter diff: The diff to render.
    /// - Returns: The comment, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ diff: PlanDiff) throws -> String {
        let tables = DiffTables(language: language)
        let header = DiffHeader(language: language)
        let blocks: [String?] = [
            "## \(MarkdownEscaping.text(strings.diffTitle))",
            header.inputs(diff, escape: MarkdownEscaping.text),
            try header.headline(diff) { "**\(MarkdownEscaping.text($0))**" },
            "### \(strings.totalsHeading)",
            MarkdownTable.render(try tables.totals(diff)),
            "### \(strings.wasteHeading)",
            MarkdownTable.render(try tables.waste(diff)),
            "### \(strings.linesHeading)",
            try lines(diff, tables: tables),
            try budgets(diff, tables: tables),
            MarkdownEscaping.text(header.generatedBy(diff)),
        ]
        return blocks.compactMap(\.self).joined(separator: "\n\n") + "\n"
    }

    private func lines(_ diff: PlanDiff, tables: DiffTables) throws -> String {
        let counts = MarkdownEscaping.text(tables.lineCounts(diff))
        guard !diff.lines.items.isEmpty else { return [counts, strings.noLineChanges].joined(separator: "\n\n") }
        let more = tables.moreLines(diff, limit: lineLimit).map(MarkdownEscaping.text)
        return [counts, MarkdownTable.render(try tables.lines(diff, limit: lineLimit)), more]
            .compactMap(\.self)
            .joined(separator: "\n\n")
    }

    private func budgets(_ diff: PlanDiff, tables: DiffTables) throws -> String? {
        guard !diff.budgets.isEmpty else { return nil }
        return "### \(strings.budgetsHeading)\n\n" + MarkdownTable.render(try tables.budgets(diff))
    }
}
