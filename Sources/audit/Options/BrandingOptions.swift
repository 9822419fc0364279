import ArgumentParser
import Foundation
import Sobriety

/// `--agency`, `--client`, `--logo`, `--accent`, `--brand`, `--template` and `--paper`: how the HTML and
/// PDF reports look.
struct BrandingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The agency that prepared the report (HTML, PDF).", valueName: "name"))
    var agency: String?

    @Option(help: ArgumentHelp("The client the report is prepared for (HTML, PDF).", valueName: "name"))
    var client: String?

    @Option(
        help: ArgumentHelp(
            "The agency's logo: a PNG, JPEG or SVG file of at most \(ReportLogo.maximumBytes / 1024) KiB, embedded in "
                + "the report (HTML, PDF).",
            valueName: "path"
        )
    )
    var logo: String?

    @Option(help: ArgumentHelp("The accent colour, such as '#0a7d5a' (HTML, PDF).", valueName: "hex"))
    var accent: String?

    @Option(
        help: ArgumentHelp(
            "A TOML file with agency, client, logo and accent keys; the flags above override it.",
            valueName: "path"
        )
    )
    var brand: String?

    @Option(
        help: ArgumentHelp("A Mustache template to use instead of the built-in one (HTML, PDF).", valueName: "path")
    )
    var template: String?

    @Option(help: "The paper the HTML prints on and the PDF is laid out for: a4 or letter.")
    var paper: PaperSize = .a4

    /// The HTML renderer these options describe; call it before reading any input, so a bad value costs nothing.
    ///
    /// - Throws: ``UsageError`` (exit 64) for a brand file, logo, accent or template that cannot be used.
    func htmlRenderer() throws -> HTMLReportRenderer {
        let file: BrandFile?
        do {
            file = try brand.map { path throws(BrandFileError) in try BrandFile(path: path) }
        } catch {
            throw UsageError(description: "--brand \(error.description)")
        }
        let branding = ReportBranding(
            agency: agency ?? file?.agency,
            client: client ?? file?.client,
            logo: try (logo ?? file?.logoPath).map(Self.logo),
            accent: try (accent ?? file?.accent).map(Self.accent) ?? .standard
        )
        return HTMLReportRenderer(branding: branding, paper: paper, template: try template.map(Self.template))
    }

    private static func logo(at path: String) throws -> ReportLogo {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(description: "--logo \(path): the file cannot be read")
        }
        do {
            return try ReportLogo(data: data)
        } catch {
            throw UsageError(description: "--logo \(path): \(error.description)")
        }
    }

    private static func accent(_ text: String) throws -> AccentColour {
        do {
            return try AccentColour(text)
        } catch {
            throw UsageError(description: "--accent: \(error.description)")
        }
    }

    private static func template(at path: String) throws -> HTMLTemplate {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw UsageError(description: "--template \(path): the file cannot be read as UTF-8 text")
        }
        do {
            return try HTMLTemplate(text: text)
        } catch {
            throw UsageError(description: "--template \(path):\(error.description)")
        }
    }
}
