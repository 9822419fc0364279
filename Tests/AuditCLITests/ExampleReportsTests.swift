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

    /// Every example, whose plans trigger every lever, in every other language: the HTML page and the
    /// Markdown report fill every placeholder and show none of the audit's English actions, and the page
    /// shows the equivalents.
    @Test(arguments: ReportArithmeticTests.examples)
    func everyLanguageTranslatesTheWholeExample(example: String) throws {
        let relative = "Reports/examples/\(example).csv"
        let report = try Auditor.bundled().audit(
            files: [AuditInput(path: AuditProcess.repositoryRoot.appendingPathComponent(relative).path)]
        )
        #expect(report.equivalents.count == EquivalentActivity.allCases.count)
        let english = try MarkdownReportRenderer().render(report) + HTMLReportRenderer().render(report)
        for recommendation in report.recommendations {
            #expect(english.contains(String(recommendation.action.prefix(24))), "the check can see English")
        }
        for code in ReportLanguageCode.allCases where code != .english {
            let page = try HTMLReportRenderer(language: code).render(report)
            let body = page.split(separator: "</style>", maxSplits: 1).last.map(String.init) ?? page
            let markdown = try MarkdownReportRenderer(language: code).render(report)
            for document in [body, markdown] {
                #expect(document.firstMatch(of: /\{[A-Za-z]+\}/) == nil, "\(example) \(code.rawValue)")
                for recommendation in report.recommendations {
                    let opening = String(recommendation.action.prefix(24))
                    #expect(!document.contains(opening), "\(example) \(code.rawValue) says \(opening)")
                }
            }
            #expect(body.contains("<section id=\"equivalents\">"), "\(example) \(code.rawValue)")
        }
    }
}
