public import SobrietyCore

/// Writes a self-contained HTML report a planner can attach to a proposal: inline CSS and SVG charts,
/// nothing loaded from anywhere, laid out to print on A4 or Letter.
///
/// The page comes from a Mustache template (the built-in one unless an agency gives its own) rendered
/// from a view-model in which every number is formatted and every input string escaped. Nothing in
/// the page executes: it holds no script, no event handler and no reference outside the document.
public struct HTMLReportRenderer: ReportRenderer {
    /// Names, logo and accent colour.
    public var branding: ReportBranding
    /// The paper the print layout is for.
    public var paper: PaperSize
    /// The template, or `nil` for the built-in one.
    public var template: HTMLTemplate?
    /// The language the page is written in.
    public var language: ReportLanguageCode

    /// Creates an HTML renderer.
    ///
    /// - Parameters:
    ///   - branding: Names, logo and accent colour; the neutral look by default.
    ///   - paper: The paper to print on; A4 by default.
    ///   - template: An agency's own template; the built-in one by default.
    ///   - language: The language of every word, number and unit on the page; English by default.
    public init(
        branding: ReportBranding = ReportBranding(),
        paper: PaperSize = .a4,
        template: HTMLTemplate? = nil,
        language: ReportLanguageCode = .english
    ) {
        self.branding = branding
        self.paper = paper
        self.template = template
        self.language = language
    }

    /// Renders a report as an HTML document.
    ///
    /// - Parameter report: The audit to render.
    /// - Returns: The document, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ report: AuditReport) throws -> String {
        let builder = HTMLReportModelBuilder(language: .bundled(language), branding: branding, paper: paper)
        let model = try builder.model(report)
        let page = try template ?? HTMLTemplate.standard()
        let html = page.render(model)
        return html.hasSuffix("\n") ? html : html + "\n"
    }
}
