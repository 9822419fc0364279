import Foundation
public import SobrietyCore

/// GitHub Actions workflow commands (`::error file=…,line=…::…`) for a report.
///
/// One error per budget exceeded, at the campaign-file line of the line item that weighs most in
/// it, and one warning per input warning at its line. GitHub shows them on the run and on the
/// pull request.
public struct GitHubAnnotations: Sendable {
    private let language = ReportLanguage.english

    /// Creates the annotation writer.
    public init() {}

    /// The workflow commands, one per line, in report order.
    /// - Parameter report: The audit, with its budget verdicts.
    /// - Returns: The lines, without line breaks.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func lines(for report: AuditReport) throws -> [String] {
        let tables = SummaryTables(language: language)
        let lines = Dictionary(report.lines.map { ($0.lineItem, $0) }, uniquingKeysWith: { first, _ in first })
        let firstFile = report.inputs.first?.path
        let budgets = try report.budgets.filter { !$0.passed }.map { budget in
            let line = budget.lineItems.first.flatMap { lines[$0] }
            return command(
                "error",
                file: line?.file ?? firstFile,
                line: line?.sourceLine,
                title: "Sobriety budget \(budget.name)",
                message: try tables.budgetVerdict(budget, in: report)
            )
        }
        let warnings = report.warnings.map { warning in
            command(
                "warning",
                file: warning.file ?? firstFile,
                line: warning.line,
                title: "Sobriety \(warning.code)",
                message: warning.message
            )
        }
        return budgets + warnings
    }

    /// One command, with its properties and message escaped as GitHub reads them.
    private func command(_ name: String, file: String?, line: Int?, title: String, message: String) -> String {
        let properties = [
            file.map { "file=\(escapedProperty($0))" },
            line.map { "line=\($0)" },
            "title=\(escapedProperty(title))",
        ]
        return "::\(name) \(properties.compactMap(\.self).joined(separator: ","))::\(escapedData(message))"
    }

    /// `%`, CR and LF percent-encoded, as GitHub decodes a command's message.
    private func escapedData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value: its data escapes, plus `:` and `,`, which separate properties.
    private func escapedProperty(_ text: String) -> String {
        escapedData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
