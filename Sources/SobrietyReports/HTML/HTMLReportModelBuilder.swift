import SobrietyCore

/// Builds the ``HTMLReportModel`` of an audit: formats every number, escapes every input string and
/// draws the charts.
struct HTMLReportModelBuilder: Sendable {
    /// The language of the report.
    let language: ReportLanguage
    /// Names, logo and accent colour.
    let branding: ReportBranding
    /// The paper the print layout is for.
    let paper: PaperSize

    private var strings: ReportStrings { language.strings }
    private var words: HTMLStrings { language.html }
    private var numbers: ReportNumberFormatter { language.numbers }
    private var tables: SummaryTables { SummaryTables(language: language) }
    private var charts: ReportCharts { ReportCharts(language: language) }
    private var chartRenderer: BarChartRenderer { BarChartRenderer(palette: ChartPalette(accent: branding.accent.hex)) }

    /// The model of `report`.
    func model(_ report: AuditReport) throws -> HTMLReportModel {
        HTMLReportModel(
            lang: HTMLText.escaped(words.languageTag),
            title: HTMLText.escaped(strings.title),
            paperSize: paper.cssSize,
            pageTitle: CSSText.quoted(strings.title),
            pageNumber: pageNumber(),
            accent: branding.accent.hex,
            agency: branding.agency.map(HTMLText.escaped),
            client: branding.client.map(HTMLText.escaped),
            logo: branding.logo?.dataURI,
            labels: HTMLReportModel.Labels(
                preparedFor: HTMLText.escaped(words.preparedFor),
                preparedBy: HTMLText.escaped(words.preparedBy),
                logo: HTMLText.escaped(words.logoDescription),
                keyFigures: HTMLText.escaped(words.keyFiguresHeading)
            ),
            keyFigures: try keyFigures(report),
            summary: try summary(report),
            sections: try sections(report),
            footer: HTMLText.escaped(language.generatedBy(report))
        )
    }

    /// The translated page number as CSS `content`: its words as CSS strings, its placeholders as counters.
    private func pageNumber() -> String {
        let counters = [HTMLStrings.pagePlaceholder: "counter(page)", HTMLStrings.pagesPlaceholder: "counter(pages)"]
        return words.pageNumber.parts(
            text: CSSText.quoted,
            placeholder: { counters[$0] ?? CSSText.quoted("{\($0)}") }
        )
        .joined(separator: " ")
    }

    // MARK: - Top of the page

    private func keyFigures(_ report: AuditReport) throws -> [HTMLReportModel.KeyFigure] {
        let totals = report.totals
        let figures = [
            (
                words.totalEmissionsFigure, try numbers.mass(totals.emissions.central),
                try numbers.massRange(totals.emissions)
            ),
            (
                strings.perThousandRow, try numbers.mass(totals.gramsPerThousandImpressions.central),
                try numbers.massRange(totals.gramsPerThousandImpressions)
            ),
            (
                strings.perThousandUsefulRow, try numbers.mass(totals.gramsPerThousandUsefulImpressions.central),
                try numbers.massRange(totals.gramsPerThousandUsefulImpressions)
            ),
            (
                words.wasteShareFigure, try numbers.percent(report.waste.share),
                try numbers.mass(report.waste.emissions.central)
            ),
        ]
        return figures.map { label, value, detail in
            HTMLReportModel.KeyFigure(
                label: HTMLText.escaped(label),
                value: HTMLText.escaped(value),
                detail: HTMLText.escaped(detail)
            )
        }
    }

    private func summary(_ report: AuditReport) throws -> String {
        Self.emphasised(try tables.summary(report))
    }

    /// Escaped text with each Markdown `**strong**` span of the shared sentences as `<strong>`.
    static func emphasised(_ text: String) -> String {
        let pieces = HTMLText.escaped(text).split(separator: "**", omittingEmptySubsequences: false)
        guard pieces.count % 2 == 1 else { return HTMLText.escaped(text) }
        return pieces.enumerated().map { index, piece in index % 2 == 1 ? "<strong>\(piece)</strong>" : piece }
            .joined()
    }

    // MARK: - Sections

    private func sections(_ report: AuditReport) throws -> [HTMLReportModel.Section] {
        let all: [HTMLReportModel.Section?] = [
            try totalsSection(report),
            try equivalentsSection(report),
            try segmentsSection(report),
            try platformsSection(report),
            try linesSection(report),
            try wasteSection(report),
            try recommendationsSection(report),
            try budgetsSection(report),
            warningsSection(report),
            try sensitivitySection(report),
            try methodSection(report),
            sourcesSection(report),
            reproducibilitySection(report),
        ]
        return all.compactMap(\.self)
    }

    private func section(_ id: String, _ heading: String) -> HTMLReportModel.Section {
        HTMLReportModel.Section(id: id, heading: HTMLText.escaped(heading))
    }

    private func totalsSection(_ report: AuditReport) throws -> HTMLReportModel.Section {
        var section = section("totals", strings.totalsHeading)
        section.tables = [HTMLTable.render(try tables.totals(report)), HTMLTable.render(try tables.activity(report))]
        return section
    }

    private func equivalentsSection(_ report: AuditReport) throws -> HTMLReportModel.Section? {
        guard let table = try tables.equivalents(report) else { return nil }
        var section = section("equivalents", strings.equivalentsHeading)
        section.notes = [HTMLText.escaped(strings.equivalentsNote)]
        section.tables = [HTMLTable.render(table, className: "equivalents")]
        return section
    }

    private func segmentsSection(_ report: AuditReport) throws -> HTMLReportModel.Section {
        var section = section("segments", strings.segmentsHeading)
        section.charts = [try chartRenderer.svg(try charts.segments(report))]
        section.notes = [HTMLText.escaped(words.errorBarNote)]
        section.tables = [HTMLTable.render(try tables.segments(report))]
        return section
    }

    private func platformsSection(_ report: AuditReport) throws -> HTMLReportModel.Section? {
        guard !report.lines.isEmpty else { return nil }
        var section = section("platforms", words.platformsHeading)
        section.charts = [try chartRenderer.svg(try charts.platforms(report))]
        section.notes = [HTMLText.escaped(words.platformsNote)]
        return section
    }

    private func linesSection(_ report: AuditReport) throws -> HTMLReportModel.Section {
        var section = section("lines", strings.linesHeading)
        guard !report.lines.isEmpty else {
            section.paragraphs = [HTMLText.escaped(strings.linesOmitted)]
            return section
        }
        section.charts = [try chartRenderer.svg(try charts.lines(report))]
        section.notes = [HTMLText.escaped(words.errorBarNote)]
        section.tables = [HTMLTable.render(try LineTable(language: language).table(report.lines), className: "lines")]
        return section
    }

    private func wasteSection(_ report: AuditReport) throws -> HTMLReportModel.Section {
        var section = section("waste", strings.wasteHeading)
        section.charts = [try chartRenderer.svg(try charts.wasteWaterfall(report))]
        section.tables = [HTMLTable.render(try tables.waste(report))]
        return section
    }

    private func recommendationsSection(_ report: AuditReport) throws -> HTMLReportModel.Section {
        var section = section("recommendations", strings.recommendationsHeading)
        guard let plan = report.leanPlan else {
            section.paragraphs = [HTMLText.escaped(strings.recommendationsOmitted)]
            return section
        }
        guard !report.recommendations.isEmpty else {
            section.paragraphs = [HTMLText.escaped(strings.noRecommendations)]
            return section
        }
        let leanPlan = strings.leanPlan(
            LeanPlanFacts(
                emissions: try numbers.mass(plan.emissions.central),
                emissionsRange: try numbers.massRange(plan.emissions),
                impressions: try numbers.count(plan.impressions),
                usefulImpressions: try numbers.count(plan.usefulImpressions)
            )
        )
        let order = report.recommendations.sorted { $0.order < $1.order }.map { tables.leverName($0.lever) }
        section.paragraphs = [Self.emphasised(leanPlan)]
        section.charts = try charts.leanPlan(report).map { [try chartRenderer.svg($0)] } ?? []
        section.notes = [
            HTMLText.escaped(words.errorBarNote),
            HTMLText.escaped(strings.savingsOrder(order.joined(separator: strings.listSeparator))),
        ]
        section.tables = [HTMLTable.render(try tables.recommendations(report, withActions: true), className: "actions")]
        return section
    }

    private func budgetsSection(_ report: AuditReport) throws -> HTMLReportModel.Section? {
        guard !report.budgets.isEmpty else { return nil }
        var section = section("budgets", strings.budgetsHeading)
        section.tables = [HTMLTable.render(try tables.budgets(report))]
        return section
    }

    private func warningsSection(_ report: AuditReport) -> HTMLReportModel.Section {
        var section = section("warnings", strings.warningsHeading)
        if report.warnings.isEmpty {
            section.paragraphs = [HTMLText.escaped(strings.noWarnings)]
        } else {
            section.tables = [HTMLTable.render(tables.warnings(report))]
        }
        return section
    }

    private func sensitivitySection(_ report: AuditReport) throws -> HTMLReportModel.Section? {
        guard !report.sensitivity.isEmpty else { return nil }
        let table = try tables.sensitivity(report, limit: ReportCharts.topLineCount)
        var section = section("sensitivity", strings.sensitivityHeading)
        section.paragraphs = [HTMLText.escaped(strings.sensitivityNote(table.rows.count))]
        section.tables = [HTMLTable.render(table)]
        return section
    }

    private func methodSection(_ report: AuditReport) throws -> HTMLReportModel.Section {
        var section = section("method", strings.methodHeading)
        let explanation = strings.methodExplanation(try language.methodFacts(report.method.range))
        section.paragraphs = [Self.emphasised(explanation)]
        section.tables = [HTMLTable.render(try tables.methodSettings(report))]
        return section
    }

    private func sourcesSection(_ report: AuditReport) -> HTMLReportModel.Section {
        var section = section("sources", strings.sourcesHeading)
        section.notes = [HTMLText.escaped(words.sourcesNote)]
        section.tables = [HTMLTable.render(tables.sources(report), className: "sources")]
        return section
    }

    private func reproducibilitySection(_ report: AuditReport) -> HTMLReportModel.Section {
        var section = section("reproducibility", words.factorSetHeading)
        section.tables = [
            HTMLTable.render(tables.factorSet(report), className: "digests"),
            HTMLTable.render(tables.inputs(report), className: "digests"),
        ]
        return section
    }
}
