public import SobrietyCore

/// Writes a SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, GitLab, VS Code).
///
/// Each budget is a result: an error located at the campaign-file line of the line item that
/// weighs most in it when it was exceeded (the other line items behind it as related locations),
/// a pass otherwise. Each input warning is a warning result at its line. Rules are `budget/METRIC`
/// and `input/CODE`. Keys are sorted, so the same report gives the same bytes.
public struct SARIFReportRenderer: ReportRenderer {
    private let language = ReportLanguage.english
    /// Where the SARIF 2.1.0 schema is published, named in the log as SARIF asks.
    private let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// Creates a SARIF renderer.
    public init() {}

    /// Renders a report as a SARIF log.
    ///
    /// - Parameter report: The audit to render.
    /// - Returns: The JSON document, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ report: AuditReport) throws -> String {
        let tables = SummaryTables(language: language)
        let lines = Dictionary(report.lines.map { ($0.lineItem, $0) }, uniquingKeysWith: { first, _ in first })
        let firstFile = report.inputs.first?.path ?? ""
        func location(file: String?, line: Int?, message: String? = nil) -> Location {
            Location(
                physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: file ?? firstFile),
                    region: Region(startLine: max(1, line ?? 1))
                ),
                message: message.map(Message.init)
            )
        }
        let budgetResults = try report.budgets.map { budget in
            let behind = budget.lineItems.compactMap { lines[$0] }
            let places = try behind.map { line in
                location(
                    file: line.file,
                    line: line.sourceLine,
                    message: "\(line.lineItem): \(try language.numbers.mass(line.emissions.central))"
                )
            }
            return Result(
                ruleId: "budget/\(budget.metric)",
                kind: budget.passed ? "pass" : "fail",
                level: budget.passed ? "none" : "error",
                message: Message(text: try tables.budgetVerdict(budget, in: report)),
                locations: [places.first ?? location(file: nil, line: nil)],
                relatedLocations: places.count > 1 ? Array(places.dropFirst()) : nil
            )
        }
        let warningResults = report.warnings.map { warning in
            Result(
                ruleId: "input/\(warning.code)",
                kind: "fail",
                level: "warning",
                message: Message(text: warning.message),
                locations: [location(file: warning.file, line: warning.line)],
                relatedLocations: nil
            )
        }
        let results = budgetResults + warningResults
        let rules = Set(results.map(\.ruleId)).sorted().map { Rule(id: $0, name: $0) }
        let log = Log(
            schema: schema,
            version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: report.tool.name,
                            version: report.tool.version,
                            rules: rules
                        )
                    ),
                    results: results
                )
            ]
        )
        return try StableJSONEncoder.encode(log)
    }
}

// The SARIF 2.1.0 objects this renderer writes, with the standard's property names.

private struct Log: Encodable {
    let schema: String
    let version: String
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }
}

private struct Run: Encodable {
    let tool: Tool
    let results: [Result]
}

private struct Tool: Encodable {
    let driver: Driver
}

private struct Driver: Encodable {
    let name: String
    let version: String
    let rules: [Rule]
}

private struct Rule: Encodable {
    let id: String
    let name: String
}

private struct Result: Encodable {
    let ruleId: String
    let kind: String
    let level: String
    let message: Message
    let locations: [Location]
    let relatedLocations: [Location]?
}

private struct Message: Encodable {
    let text: String
}

private struct Location: Encodable {
    let physicalLocation: PhysicalLocation
    let message: Message?
}

private struct PhysicalLocation: Encodable {
    let artifactLocation: ArtifactLocation
    let region: Region
}

private struct ArtifactLocation: Encodable {
    let uri: String
}

private struct Region: Encodable {
    let startLine: Int
}
