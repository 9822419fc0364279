public import SobrietyCore

/// Writes a readable Markdown report a planner can attach to a media proposal.
///
/// It opens with a summary paragraph and the totals, then breaks emissions down by segment, waste
/// cause and line item, lists recommendations, budgets and warnings, explains the method and cites
/// every source, and ends with what is needed to reproduce the figures. Every string that comes from
/// the input is escaped, so it reads as text and never as Markdown or HTML.
public struct MarkdownReportRenderer: ReportRenderer {
    private let language: ReportLanguage
    /// How many factors the sensitivity table lists.
    private let sensitivityLimit = 10

    private var strings: ReportStrings { language.strings }
    private var numbers: ReportNumberFormatter { language.numbers }

    /// Creates a Markdown renderer.
    ///
    /// - Parameter language: The language the document is written in.
    public init(language: ReportLanguageCode = .english) {
        self.language = .bundled(language)
    }

    /// Renders a report as a Markdown document.
    ///
    /// - Parameter report: The audit to render.
    /// - Returns: The document, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ report: AuditReport) throws -> String {
        let tables = SummaryTables(language: language)
        let blocks: [String?] = [
            "# \(strings.title)",
            try tables.summary(report),
            "## \(strings.totalsHeading)",
            MarkdownTable.render(try tables.totals(report)),
            MarkdownTable.render(try tables.activity(report)),
            try equivalentsSection(report, tables),
            "## \(strings.segmentsHeading)",
            MarkdownTable.render(try tables.segments(report)),
            "## \(strings.wasteHeading)",
            MarkdownTable.render(try tables.waste(report)),
            try recommendations(report, tables: tables),
            try budgets(report, tables: tables),
            "## \(strings.linesHeading)",
            try lines(report),
            "## \(strings.warningsHeading)",
            warnings(report),
            try sensitivity(report, tables: tables),
            "## \(strings.methodHeading)",
            try method(report),
            "## \(strings.sourcesHeading)",
            sources(report),
            "## \(strings.reproducibilityHeading)",
            reproducibility(report),
        ]
        return blocks.compactMap(\.self).joined(separator: "\n\n") + "\n"
    }

    /// What to change, ranked by saving, then the lean plan and how the savings add up.
    private func recommendations(_ report: AuditReport, tables: SummaryTables) throws -> String {
        let heading = "## \(strings.recommendationsHeading)"
        guard report.leanPlan != nil else {
            return [heading, strings.recommendationsOmitted].joined(separator: "\n\n")
        }
        guard !report.recommendations.isEmpty else {
            return [heading, strings.noRecommendations].joined(separator: "\n\n")
        }
        let leanPlan = try report.leanPlan.map { plan in
            strings.leanPlan(
                LeanPlanFacts(
                    emissions: try numbers.masses(plan.emissions).central,
                    emissionsRange: try numbers.massRange(plan.emissions),
                    impressions: try numbers.count(plan.impressions),
                    usefulImpressions: try numbers.count(plan.usefulImpressions)
                )
            )
        }
        let order = report.recommendations.sorted { $0.order < $1.order }.map { tables.leverName($0.lever) }
        return [
            heading,
            MarkdownTable.render(try tables.recommendations(report, withActions: true)),
            leanPlan,
            strings.savingsOrder(order.joined(separator: strings.listSeparator)),
        ]
        .compactMap(\.self)
        .joined(separator: "\n\n")
    }

    /// The total in everyday activities, with the note on how to read them.
    private func equivalentsSection(_ report: AuditReport, _ tables: SummaryTables) throws -> String? {
        guard let table = try tables.equivalents(report) else { return nil }
        return ["## \(strings.equivalentsHeading)", MarkdownTable.render(table), strings.equivalentsNote]
            .joined(separator: "\n\n")
    }

    /// The factors that move the total most.
    private func sensitivity(_ report: AuditReport, tables: SummaryTables) throws -> String? {
        guard !report.sensitivity.isEmpty else { return nil }
        let table = try tables.sensitivity(report, limit: sensitivityLimit)
        return [
            "## \(strings.sensitivityHeading)",
            strings.sensitivityNote(table.rows.count),
            MarkdownTable.render(table),
        ]
        .joined(separator: "\n\n")
    }

    private func budgets(_ report: AuditReport, tables: SummaryTables) throws -> String? {
        guard !report.budgets.isEmpty else { return nil }
        return "## \(strings.budgetsHeading)\n\n" + MarkdownTable.render(try tables.budgets(report))
    }

    private func lines(_ report: AuditReport) throws -> String {
        guard !report.lines.isEmpty else { return strings.linesOmitted }
        return MarkdownTable.render(try LineTable(language: language).table(report.lines))
    }

    private func warnings(_ report: AuditReport) -> String {
        guard !report.warnings.isEmpty else { return strings.noWarnings }
        let table = ReportTable(
            columns: [.text(strings.codeColumn), .number(strings.lineColumn), .text(strings.messageColumn)],
            rows: report.warnings.map { warning in
                [warning.code, warning.line.map(String.init) ?? strings.notApplicable, warning.message]
            }
        )
        return MarkdownTable.render(table)
    }

    private func method(_ report: AuditReport) throws -> String {
        let range = report.method.range
        let percentiles = try language.percentiles(range)
        let explanation = strings.methodExplanation(try language.methodFacts(range))
        let settings = ReportTable(
            columns: [.text(strings.settingColumn), .text(strings.valueColumn)],
            rows: [
                [strings.methodRow, report.method.name],
                [strings.rangesRow, range.kind],
                [strings.drawsRow, numbers.count(range.draws)],
                [strings.seedRow, String(range.seed)],
                [strings.percentilesRow, percentiles],
            ]
        )
        return explanation + "\n\n" + MarkdownTable.render(settings)
    }

    private func sources(_ report: AuditReport) -> String {
        let table = ReportTable(
            columns: [
                .text(strings.idColumn),
                .text(strings.publisherColumn),
                .text(strings.titleColumn),
                .number(strings.yearColumn),
                .text(strings.urlColumn),
                .text(strings.licenceColumn),
            ],
            rows: []
        )
        let cells = report.sources.map { source in
            [source.id, source.publisher, source.title, String(source.year)].map(MarkdownEscaping.text)
                + [MarkdownEscaping.link(source.url), MarkdownEscaping.text(source.licence)]
        }
        return MarkdownTable.render(table, cells: cells)
    }

    private func reproducibility(_ report: AuditReport) -> String {
        let factorSet = ReportTable(
            columns: [
                .text(strings.factorSetColumn),
                .text(strings.versionColumn),
                .text(strings.sha256Column),
            ],
            rows: [[report.factorSet.name, report.factorSet.version, report.factorSet.sha256]]
        )
        let inputs = ReportTable(
            columns: [
                .text(strings.inputFileColumn),
                .text(strings.formatColumn),
                .number(strings.rowsColumn),
                .text(strings.sha256Column),
            ],
            rows: report.inputs.map { input in
                [input.path, input.format, numbers.count(input.rows), input.sha256]
            }
        )
        let generatedBy = MarkdownEscaping.text(language.generatedBy(report))
        return [MarkdownTable.render(factorSet), MarkdownTable.render(inputs), generatedBy]
            .joined(separator: "\n\n")
    }
}
