import Foundation
import Sobriety
import Testing

/// The example reports in `Reports/examples/` match a fresh audit.
///
/// Each example campaign is committed with its generated reports; this test fails when they drift
/// from what `audit` produces now. Re-record with `RECORD_EXAMPLES=1 swift test`.
@Suite struct ExampleReportsTests {
    @Test(arguments: ReportArithmeticTests.examples)
    func committedReportsMatchAFreshAudit(example: String) throws {
        let root = AuditProcess.repositoryRoot
        let relative = "Reports/examples/\(example).csv"
        let report = try Auditor.bundled().audit(
            files: [AuditInput(path: root.appendingPathComponent(relative).path, displayName: relative)]
        )
        let recording = ProcessInfo.processInfo.environment["RECORD_EXAMPLES"] == "1"
        for format in [ReportFormat.json, .markdown] {
            let rendered = try format.renderer.render(report)
            let committed = root.appendingPathComponent("Reports/examples/\(example).\(format.fileExtension)")
            if recording {
                try Data(rendered.utf8).write(to: committed)
                continue
            }
            let expected = try String(contentsOf: committed, encoding: .utf8)
            #expect(
                rendered == expected,
                "\(committed.lastPathComponent) drifted; re-record with RECORD_EXAMPLES=1 swift test"
            )
        }
    }
}
