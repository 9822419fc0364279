/// A report format, named as the command line's `--format` option names it.
///
/// Adding a format takes one case here and one renderer file.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// A compact summary for a terminal (the default there).
    case text
    /// A Markdown report a planner can attach to a proposal.
    case markdown = "md"
    /// A self-contained HTML page with charts, for e-mail and proposals.
    case html
    /// The HTML report printed to PDF; the command line prints it with headless Chromium.
    case pdf
    /// The machine-readable report of `contracts/report.schema.json`.
    case json
    /// One row per line item, for spreadsheets.
    case csv
    /// JUnit XML for CI test reporters: one test case per budget and per input warning.
    case junit
    /// SARIF 2.1.0 for code scanning: budgets and warnings located at their campaign-file lines.
    case sarif

    /// The file name extension a report in this format is written with, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .pdf: "pdf"
        case .json: "json"
        case .csv: "csv"
        case .junit: "junit.xml"
        case .sarif: "sarif"
        }
    }

    /// The renderer that writes reports in this format, in English.
    public var renderer: any ReportRenderer { renderer(language: .english) }

    /// The renderer that writes reports in this format.
    ///
    /// - Parameter language: The language of the text, Markdown, HTML and PDF reports; the contract formats
    ///   (JSON, CSV, JUnit, SARIF) ignore it.
    /// - Returns: The format's renderer.
    public func renderer(language: ReportLanguageCode) -> any ReportRenderer {
        switch self {
        case .text: TextReportRenderer(language: language)
        case .markdown: MarkdownReportRenderer(language: language)
        case .html, .pdf: HTMLReportRenderer(language: language)
        case .json: JSONReportRenderer()
        case .csv: CSVReportRenderer()
        case .junit: JUnitReportRenderer()
        case .sarif: SARIFReportRenderer()
        }
    }
}
