import SobrietyReports
import Testing

@Suite struct ReportFormatTests {
    @Test func rawValuesAreTheCommandLineNames() {
        #expect(
            ReportFormat.allCases.map(\.rawValue) == ["text", "md", "html", "pdf", "json", "csv", "junit", "sarif"]
        )
    }

    @Test func fileExtensionsAreConventional() {
        #expect(
            ReportFormat.allCases.map(\.fileExtension) == [
                "txt", "md", "html", "pdf", "json", "csv", "junit.xml", "sarif",
            ]
        )
    }

    @Test func eachFormatHasItsOwnRenderer() {
        #expect(ReportFormat.text.renderer is TextReportRenderer)
        #expect(ReportFormat.markdown.renderer is MarkdownReportRenderer)
        #expect(ReportFormat.json.renderer is JSONReportRenderer)
        #expect(ReportFormat.csv.renderer is CSVReportRenderer)
    }
}
