import Foundation
import SobrietyCore
import SobrietyReports
import Testing

@Suite struct TextReportRendererTests {
    private let renderer = TextReportRenderer()

    @Test func everyLineFitsOneHundredColumns() throws {
        var report = SampleReport.full
        report.lines[0].lineItem = String(repeating: "very-long-line-item-name-", count: 8)
        let text = try renderer.render(report)
        for line in text.split(separator: "\n") {
            #expect(line.count <= 100, "\(line)")
        }
    }

    @Test func controlCharactersCannotReachTheTerminal() throws {
        var report = SampleReport.full
        report.lines[0].lineItem = "evil\u{1B}[2J\u{202E}name"
        let text = try renderer.render(report)
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{202E}"))
        #expect(text.contains("evil\u{FFFD}[2J\u{FFFD}name"))
    }

    @Test func linesAreListedByEmissionsMostFirst() throws {
        let text = try renderer.render(SampleReport.full)
        let names = ["=cmd|", "SPRING-YT-DE-INSTREAM", "SPRING-META-FR-VIDEO"]
        let order = names.compactMap { text.range(of: $0)?.lowerBound }
        #expect(order.count == 3)
        #expect(order == order.sorted())
    }

    @Test func atMostTenLinesAreListed() throws {
        var report = SampleReport.full
        report.lines = (1...25).map { index in
            var line = SampleReport.full.lines[0]
            line.lineItem = "LINE-\(index)"
            line.emissions.central = GramsCO2e(grams: Double(index))
            return line
        }
        let text = try renderer.render(report)
        #expect(text.contains("Top 10 of 25 line items by emissions"))
        #expect(text.contains("LINE-25"))
        #expect(text.contains("LINE-16"))
        #expect(!text.contains("LINE-15 "))
    }

    @Test(arguments: [
        (ReportLanguageCode.english, "In everyday terms", "Kilometres by an average petrol or diesel car"),
        (.french, "En termes concrets", "Kilomètres"),
    ])
    func theTotalIsShownInEverydayTermsInTheLanguage(code: ReportLanguageCode, heading: String, activity: String)
        throws
    {
        let report = SampleReport.full
        let amount = try #require(report.equivalents.first?.amount.central)
        let text = try TextReportRenderer(language: code).render(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let headingIndex = try #require(lines.firstIndex { $0 == heading }, "\(text)")
        let row = try #require(lines[headingIndex...].first { $0.hasPrefix(activity) }, "\(text)")
        let digits = String(Int(amount.rounded())).prefix(2)

        #expect(row.filter(\.isNumber).hasPrefix(digits), "\(row)")
        #expect(!text.contains("GMSF (2025)"), "the terminal summary leaves per-unit factors to the other reports")
    }

    @Test func noEquivalentsNoSection() throws {
        var report = SampleReport.full
        report.equivalents = []
        let text = try renderer.render(report)
        #expect(!text.contains("In everyday terms"))
    }
}
