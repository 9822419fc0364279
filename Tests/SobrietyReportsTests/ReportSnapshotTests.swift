import SobrietyCore
import SobrietyReports
import Testing

@Suite struct ReportSnapshotTests {
    /// The PDF is the HTML report printed by the command line, so its text snapshot is the HTML one.
    @Test(arguments: ReportFormat.allCases.filter { $0 != .pdf })
    func sampleReportMatchesItsSnapshot(format: ReportFormat) throws {
        // Given the sample audit
        // When it is rendered
        let rendered = try format.renderer.render(SampleReport.full)
        // Then the bytes are those reviewed and recorded
        try assertSnapshot(rendered, named: "sample.\(format.fileExtension)")
    }

    @Test(arguments: [ReportFormat.markdown, .text])
    func summaryReportMatchesItsSnapshot(format: ReportFormat) throws {
        let rendered = try format.renderer.render(SampleReport.summary)
        try assertSnapshot(rendered, named: "summary.\(format.fileExtension)")
    }

    @Test(arguments: ReportFormat.allCases)
    func renderingTwiceGivesIdenticalBytes(format: ReportFormat) throws {
        let first = try format.renderer.render(SampleReport.full)
        let second = try format.renderer.render(SampleReport.full)
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test(arguments: ReportFormat.allCases)
    func everyDocumentEndsWithALineBreak(format: ReportFormat) throws {
        let rendered = try format.renderer.render(SampleReport.full)
        #expect(rendered.utf8.last == UInt8(ascii: "\n"))
    }
}
