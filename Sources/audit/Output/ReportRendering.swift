import Foundation
import Sobriety

/// Turns an audit report into the bytes of each requested format: the HTML report with its branding,
/// and the PDF printed from it.
struct ReportRendering {
    /// The configured HTML renderer, used for HTML and PDF.
    let html: HTMLReportRenderer
    /// The PDF printer, present when a PDF was asked for.
    let printer: PDFPrinter?
    /// The language of the text, Markdown, HTML and PDF reports.
    let language: ReportLanguageCode

    /// A rendering for `formats`; looks for Chromium only when one of them is PDF.
    ///
    /// - Throws: ``UsageError`` (exit 64) when a PDF is asked for and Chromium is not installed.
    init(formats: [ReportFormat], html: HTMLReportRenderer, language: ReportLanguageCode) throws {
        var html = html
        html.language = language
        self.html = html
        self.language = language
        self.printer = formats.contains(.pdf) ? try PDFPrinter.located() : nil
    }

    /// The report in `format`, as the bytes written to `path`.
    func bytes(of report: AuditReport, as format: ReportFormat, for path: String) throws -> Data {
        switch format {
        case .html:
            return Data(try html.render(report).utf8)
        case .pdf:
            guard let printer else { throw UsageError(description: PDFPrinter.installHint) }
            return try printer.pdf(ofHTML: try html.render(report), for: path)
        default:
            return Data(try format.renderer(language: language).render(report).utf8)
        }
    }
}
