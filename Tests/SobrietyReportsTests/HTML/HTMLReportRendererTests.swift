import Foundation
import SobrietyCore
import Testing

@testable import SobrietyReports

@Suite struct HTMLReportRendererTests {
    private let html: String

    init() throws {
        html = try HTMLReportRenderer().render(SampleReport.full)
    }

    @Test func isOneSelfContainedDocument() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<style>"))
        #expect(ExternalReferenceScanner.problems(in: html) == [])
    }

    @Test func sameReportGivesTheSameBytes() throws {
        #expect(try HTMLReportRenderer().render(SampleReport.full) == html)
    }

    @Test func inputStringsStayText() throws {
        var report = SampleReport.full
        report.lines[0].lineItem = "</script><img src=x onerror=alert(1)>"
        report.lines[1].platform = "javascript:alert(1)"
        report.sources[0].url = "javascript:alert(document.cookie)"
        report.inputs[0].path = "\"><svg onload=alert(1)>.csv"
        let branding = ReportBranding(agency: "<b onmouseover=x>Agency</b>", client: "Client & Co \"quoted\"")
        let page = try HTMLReportRenderer(branding: branding).render(report)

        #expect(ExternalReferenceScanner.problems(in: page) == [])
        #expect(page.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("javascript:alert(document.cookie)"), "shown as text")
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("<svg onload"))
        #expect(page.contains("Client &amp; Co &quot;quoted&quot;"))
        #expect(!page.contains(SampleReport.hostileLineItem), "the sample's own hostile name is escaped too")
    }

    @Test func scannerFindsWhatWouldRunOrLoad() {
        let hostile = [
            "<script>alert(1)</script>", "<img src=\"https://example.com/x.png\">", "<a href='http://x'>",
            "<div onclick=\"x\">", "<style>@import 'x.css';</style>", "<p style=\"background: url(http://x)\">",
            "<a href=\"javascript:alert(1)\">",
        ]
        for fragment in hostile {
            #expect(!ExternalReferenceScanner.problems(in: fragment).isEmpty, "\(fragment)")
        }
        #expect(ExternalReferenceScanner.problems(in: "<img src=\"data:image/png;base64,AA==\"><a href=\"#x\">") == [])
    }

    @Test func showsTheChartsAndTables() {
        #expect(html.components(separatedBy: "<svg ").count - 1 == 5, "segments, platforms, lines, waste, lean plan")
        for id in [
            "totals", "segments", "platforms", "lines", "waste", "recommendations", "budgets", "method", "sources",
        ] {
            #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
        }
        #expect(html.contains(SampleReport.full.factorSet.sha256))
        #expect(html.contains("<td class=\"num\">"), "numbers are right-aligned")
    }

    @Test func summaryReportLeavesOutPerLineCharts() throws {
        let page = try HTMLReportRenderer().render(SampleReport.summary)

        #expect(!page.contains("<section id=\"platforms\">"))
        #expect(page.contains(ReportLanguage.english.strings.linesOmitted))
        #expect(ExternalReferenceScanner.problems(in: page) == [])
    }

    @Test func brandingAndPaperReachThePage() throws {
        let logo = try ReportLogo(data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]))
        let branding = ReportBranding(
            agency: "Agency",
            client: "Client",
            logo: logo,
            accent: try AccentColour("#AB12CD")
        )
        let page = try HTMLReportRenderer(branding: branding, paper: .letter).render(SampleReport.full)

        #expect(page.contains("--accent: #ab12cd;"))
        #expect(page.contains("fill=\"#ab12cd\""), "the charts use the accent")
        #expect(page.contains("size: letter;"))
        #expect(page.contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoA\""))
        #expect(page.contains("Prepared for <strong>Client</strong>"))
        #expect(html.contains("size: A4;"), "A4 by default")
    }

    @Test func agencyTemplateReplacesTheBuiltInOne() throws {
        let template = try HTMLTemplate(text: "<h1>{{title}}</h1>{{#sections}}<h2>{{{heading}}}</h2>{{/sections}}")
        let page = try HTMLReportRenderer(template: template).render(SampleReport.full)

        #expect(page.hasPrefix("<h1>Campaign carbon audit</h1><h2>Totals</h2>"))
    }

    @Test func malformedTemplateSaysWhere() {
        #expect(throws: HTMLTemplateError.self) { try HTMLTemplate(text: "line\n{{#open}} never closed") }
    }
}

@Suite struct ReportBrandingTests {
    @Test(arguments: ["#0a7d5a", "#FFF", "#abcdef"])
    func acceptsHexColours(_ text: String) throws {
        #expect(try AccentColour(text).hex == text.lowercased())
    }

    @Test(arguments: ["0a7d5a", "#0a7d5", "#ggg", "red", "#fff;}body{", ""])
    func rejectsAnythingElse(_ text: String) {
        #expect(throws: BrandingError.invalidAccent(text)) { try AccentColour(text) }
    }

    @Test func tellsLogoTypesFromTheirBytes() throws {
        #expect(try ReportLogo(data: Data([0xFF, 0xD8, 0xFF, 0xE0])).mediaType == "image/jpeg")
        let svg = Data("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
        #expect(try ReportLogo(data: svg).mediaType == "image/svg+xml")
        #expect(throws: BrandingError.unsupportedLogo) { try ReportLogo(data: Data("GIF89a".utf8)) }
    }

    @Test func limitsTheLogoSize() {
        let large = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(count: ReportLogo.maximumBytes)
        #expect(throws: BrandingError.logoTooLarge(bytes: large.count, limit: ReportLogo.maximumBytes)) {
            try ReportLogo(data: large)
        }
    }
}
