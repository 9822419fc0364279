public import SobrietyCore

/// Writes a compact summary for a terminal, within 100 columns and without colour.
///
/// It shows the totals with their ranges, their everyday equivalents, activity, segments, waste by cause, the ten line items
/// with the most emissions and the number of warnings. Input text is stripped of control
/// characters, so a line item cannot send escape sequences to the terminal.
public struct TextReportRenderer: ReportRenderer {
    private let language: ReportLanguage
    /// The widest line the report writes.
    private let maximumWidth = 100
    /// How many line items the report lists.
    private let lineLimit = 10
    /// How many recommendations the report spells out in full.
    private let actionLimit = 3

    /// Creates a text renderer.
    ///
    /// - Parameter language: The language the summary is written in.
    public init(language: ReportLanguageCode = .english) {
        self.language = .bundled(language)
    }

    /// Renders a report as a terminal summary.
    ///
    /// - Parameter report: The audit to render.
    /// - Returns: The summary, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ report: AuditReport) throws -> String {
        let strings = language.strings
        let tables = SummaryTables(language: language)
        let layout = TextTable(maximumWidth: maximumWidth, flexibleColumn: 0)
        let headerLines = [
            strings.title,
            language.generatedBy(report),
            strings.rangeNote(try language.methodFacts(report.method.range)),
        ]
        let header = headerLines.map { DisplayWidth.truncated(SingleLineText.sanitized($0), to: maximumWidth) }
        let blocks: [String?] = [
            header.joined(separator: "\n"),
            layout.render(try tables.totals(report)),
            try equivalents(report, tables: tables, layout: layout),
            layout.render(try tables.activity(report)),
            layout.render(try tables.segments(report)),
            layout.render(try tables.waste(report)),
            try recommendations(report, tables: tables, layout: layout),
            report.budgets.isEmpty ? nil : layout.render(try tables.budgets(report)),
            try topLines(report, layout: layout),
            strings.warningCount(report.warnings.count),
        ]
        return blocks.compactMap(\.self).joined(separator: "\n\n") + "\n"
    }

    /// The total in everyday activities, under its heading; `nil` when the factor set has none.
    private func equivalents(_ report: AuditReport, tables: SummaryTables, layout: TextTable) throws -> String? {
        guard let table = try tables.equivalents(report, withPerUnit: false) else { return nil }
        return language.strings.equivalentsHeading + "\n\n" + layout.render(table)
    }

    /// What to change: the levers ranked by saving, then the biggest ones spelled out.
    private func recommendations(_ report: AuditReport, tables: SummaryTables, layout: TextTable) throws -> String {
        let strings = language.strings
        guard report.leanPlan != nil else { return strings.recommendationsOmitted }
        guard !report.recommendations.isEmpty else { return strings.noRecommendations }
        let top = report.recommendations.prefix(actionLimit)
        let actions = try top.enumerated().flatMap { rank, recommendation in
            WrappedText.lines(
                SingleLineText.sanitized(try tables.action(recommendation)),
                width: maximumWidth,
                lead: "\(rank + 1). "
            )
        }
        return [
            strings.recommendationsHeading,
            layout.render(try tables.recommendations(report, withActions: false)),
            strings.biggestLevers(top.count),
            actions.joined(separator: "\n"),
        ]
        .joined(separator: "\n\n")
    }

    /// The line items with the most emissions, ties in input order.
    private func topLines(_ report: AuditReport, layout: TextTable) throws -> String {
        guard !report.lines.isEmpty else { return language.strings.linesOmitted }
        let top = report.lines.enumerated()
            .sorted { ($1.element.emissions.central, $0.offset) < ($0.element.emissions.central, $1.offset) }
            .prefix(lineLimit)
            .map(\.element)
        let table = try LineTable(language: language)
            .table(top, columns: [.lineItem, .platform, .impressions, .emissions, .gramsPerThousand, .wasteShare])
        return language.strings.topLines(top.count, report.lines.count) + "\n\n" + layout.render(table)
    }
}
