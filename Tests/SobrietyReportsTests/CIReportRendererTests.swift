import Foundation
import SobrietyCore
import SobrietyReports
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The CI formats: JUnit XML and SARIF parse back with what a CI system reads, and GitHub
/// annotations are escaped as the runner decodes them.
@Suite struct CIReportRendererTests {
    /// The sample audit with one budget met, one exceeded on the hostile line, and its warnings.
    static var report: AuditReport {
        var report = SampleReport.full
        report.budgets = [
            BudgetResult(metric: "total", limit: 10_000_000, actual: 1_000_000, unit: "g", passed: true),
            BudgetResult(
                metric: "intensity",
                scope: "platform=open_web",
                limit: 100,
                actual: 250,
                unit: "g/kimp",
                passed: false,
                lineItems: [SampleReport.hostileLineItem]
            ),
        ]
        report.warnings[0].file = "plans/spring-launch.csv"
        return report
    }

    @Test func junitHasATestCasePerBudgetAndWarningAndFailsTheExceededOne() throws {
        let xml = try JUnitReportRenderer().render(Self.report)
        let document = try JUnitDocument(xml)
        #expect(document.suites == ["audit", "budgets", "input"])
        #expect(document.testCases.count == 1 + 2 + Self.report.warnings.count)
        #expect(document.failures == ["budget intensity[platform=open_web]"])
        #expect(document.rootAttributes["tests"] == "\(document.testCases.count)")
        #expect(document.rootAttributes["failures"] == "1")
        // The hostile line item is text in an attribute, not markup.
        #expect(document.failureMessages.first?.contains("<img src=x onerror=alert(1)>") == true)
        #expect(!xml.contains("<img"))
    }

    @Test func sarifLocatesTheExceededBudgetAtItsLineItem() throws {
        let sarif = try SARIFReportRenderer().render(Self.report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(
            results.map { $0["ruleId"] as? String } == [
                "budget/total", "budget/intensity", "input/unknown-columns", "input/assumed-rates",
            ]
        )
        #expect(results.map { $0["level"] as? String } == ["none", "error", "warning", "warning"])
        let exceeded = results[1]
        let location = try #require(
            (exceeded["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        )
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "plans/spring-launch.csv")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 4)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        )
        #expect(
            rules.map { $0["id"] as? String } == [
                "budget/intensity", "budget/total", "input/assumed-rates", "input/unknown-columns",
            ]
        )
    }

    @Test func githubAnnotationsEscapeWhatTheRunnerDecodes() throws {
        var report = Self.report
        report.warnings = [ReportWarning(code: "odd", message: "100% sure,\nreally: yes", line: 3, file: "a,b:c.csv")]
        let lines = try GitHubAnnotations().lines(for: report)
        #expect(lines.count == 2)
        #expect(
            lines[0].hasPrefix(
                "::error file=plans/spring-launch.csv,line=4,title=Sobriety budget intensity[platform=open_web]::"
            )
        )
        #expect(lines[1] == "::warning file=a%2Cb%3Ac.csv,line=3,title=Sobriety odd::100%25 sure,%0Areally: yes")
        #expect(lines.allSatisfy { !$0.contains("\n") })
    }
}

/// What a CI system reads of a JUnit file.
private final class JUnitDocument: NSObject, XMLParserDelegate {
    private(set) var suites: [String] = []
    private(set) var testCases: [String] = []
    private(set) var failures: [String] = []
    private(set) var failureMessages: [String] = []
    private(set) var rootAttributes: [String: String] = [:]
    private var currentCase = ""

    init(_ xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
    }

    func parser(
        _ parser: XMLParser,
        didStartElement element: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch element {
        case "testsuites": rootAttributes = attributes
        case "testsuite": suites.append(attributes["name"] ?? "")
        case "testcase":
            currentCase = attributes["name"] ?? ""
            testCases.append(currentCase)
        case "failure":
            failures.append(currentCase)
            failureMessages.append(attributes["message"] ?? "")
        default: break
        }
    }
}
