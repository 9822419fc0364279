import Foundation
import SobrietyCore
import SobrietyReports
import Testing

@Suite struct MarkdownReportRendererTests {
    private let renderer = MarkdownReportRenderer()

    @Test func hostileLineItemStaysText() throws {
        // Given a line item that carries a pipe, an HTML tag, emphasis and a javascript: link
        let markdown = try renderer.render(SampleReport.full)
        // Then none of it reaches the document as markup
        #expect(!markdown.contains("<img"))
        #expect(!markdown.contains("[x](javascript:"))
        #expect(!markdown.contains("*bold*"))
        #expect(markdown.contains(#"=cmd\| &lt;img src=x onerror=alert(1)&gt; \| \*bold\* \[x\](javascript:alert(1))"#))
    }

    @Test func everyTableRowKeepsItsColumnCount() throws {
        // Given tables with escaped pipes in their cells
        let markdown = try renderer.render(SampleReport.full)
        // Then each table's rows have as many unescaped pipes as its header
        for table in markdown.components(separatedBy: "\n\n") where table.hasPrefix("|") {
            let rows = table.split(separator: "\n")
            let counts = Set(rows.map { row in unescapedPipes(in: row) })
            #expect(counts.count == 1, "\(rows.first ?? "")")
        }
    }

    @Test func summaryReportSaysPerLineDetailWasOmitted() throws {
        let markdown = try renderer.render(SampleReport.summary)
        #expect(markdown.contains("Per-line detail was omitted from this summary report."))
        #expect(!markdown.contains("SPRING-META-FR-VIDEO"))
    }

    @Test func budgetsAppearOnlyWhenPresent() throws {
        var report = SampleReport.full
        #expect(try renderer.render(report).contains("## Budgets"))
        report.budgets = []
        #expect(!(try renderer.render(report).contains("## Budgets")))
    }

    @Test func whatToChangeListsEachActionRankedWithTheLeanPlan() throws {
        let markdown = try renderer.render(SampleReport.full)
        let section = try #require(markdown.components(separatedBy: "## What to change").last)
        #expect(section.contains("| 1 | MFA exclusion | Exclude made-for-advertising sites"))
        #expect(section.contains("With every recommendation applied, the plan would emit"))
        #expect(
            section.contains(
                "Levers are applied one after another to a copy of the plan, in this order: MFA exclusion."
            )
        )
    }

    @Test func whatToChangeSaysWhyItIsEmpty() throws {
        var report = SampleReport.full
        report.recommendations = []
        #expect(try renderer.render(report).contains("No lever lowers this plan's emissions"))
        report.leanPlan = nil
        #expect(try renderer.render(report).contains("Recommendations need per-line detail: audit without --summary"))
    }

    @Test func nonWebSourceAddressIsNotALink() throws {
        var report = SampleReport.full
        report.sources[0].url = "javascript:alert(1)"
        let markdown = try renderer.render(report)
        #expect(markdown.contains("| javascript:alert(1) |"))
        #expect(!markdown.contains("<javascript:"))
    }

    @Test func nonFiniteNumberThrows() {
        var report = SampleReport.full
        report.totals.impressions = .infinity
        #expect(throws: ReportRenderingError.self) { try renderer.render(report) }
    }

    private func unescapedPipes(in row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }
}
