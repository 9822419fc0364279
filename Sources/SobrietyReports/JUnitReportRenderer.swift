public import SobrietyCore

/// Writes a JUnit XML report for CI systems: one test case per budget (a failure when it was
/// exceeded) and one per input warning, after a test case for the audit itself.
///
/// GitLab, Jenkins, Azure DevOps and GitHub test reporters read this format. Warnings pass (they
/// did not stop the audit) and carry their message; the exit code, not this file, gates the job.
public struct JUnitReportRenderer: ReportRenderer {
    private let language = ReportLanguage.english

    /// Creates a JUnit renderer.
    public init() {}

    /// Renders a report as JUnit XML.
    ///
    /// - Parameter report: The audit to render.
    /// - Returns: The XML document, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ report: AuditReport) throws -> String {
        let tables = SummaryTables(language: language)
        let audit = TestCase(suite: "audit", name: "audit", output: try tables.auditSummary(report))
        let budgets = try report.budgets.map { budget in
            let verdict = try tables.budgetVerdict(budget, in: report)
            return TestCase(
                suite: "budgets",
                name: "budget \(budget.name)",
                output: budget.passed ? verdict : nil,
                failure: budget.passed ? nil : verdict
            )
        }
        let warnings = report.warnings.map { warning in
            let place = [warning.file, warning.line.map(String.init)].compactMap(\.self).joined(separator: ":")
            return TestCase(
                suite: "input",
                name: place.isEmpty ? warning.code : "\(warning.code) (\(place))",
                output: warning.message
            )
        }
        let suites = [("audit", [audit]), ("budgets", budgets), ("input", warnings)].filter { !$0.1.isEmpty }
        let all = suites.flatMap(\.1)
        var xml = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuites name=\"sobriety\" tests=\"\(all.count)\" failures=\"\(all.failures)\" errors=\"0\">",
        ]
        for (name, cases) in suites {
            xml.append(
                "  <testsuite name=\"\(name)\" tests=\"\(cases.count)\" failures=\"\(cases.failures)\" errors=\"0\" "
                    + "skipped=\"0\">"
            )
            xml += cases.flatMap(\.xml)
            xml.append("  </testsuite>")
        }
        xml.append("</testsuites>")
        return xml.joined(separator: "\n") + "\n"
    }
}

/// One JUnit test case.
private struct TestCase {
    let suite: String
    let name: String
    var output: String?
    var failure: String?

    var xml: [String] {
        let opening = "    <testcase classname=\"sobriety.\(suite)\" name=\"\(XMLText.escaped(name))\""
        guard output != nil || failure != nil else { return [opening + "/>"] }
        var lines = [opening + ">"]
        if let failure {
            let message = XMLText.escaped(failure)
            lines.append("      <failure type=\"budget-exceeded\" message=\"\(message)\">\(message)</failure>")
        }
        if let output { lines.append("      <system-out>\(XMLText.escaped(output))</system-out>") }
        lines.append("    </testcase>")
        return lines
    }
}

extension [TestCase] {
    fileprivate var failures: Int { filter { $0.failure != nil }.count }
}
