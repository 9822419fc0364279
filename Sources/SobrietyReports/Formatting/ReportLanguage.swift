import SobrietyCore

/// The words and number conventions a human-facing report is written in.
struct ReportLanguage: Sendable {
    /// Headings, labels and sentences.
    let strings: ReportStrings
    /// Separators and units of numbers.
    let numbers: ReportNumberFormatter

    /// English.
    static let english = ReportLanguage(strings: .english, numbers: .english)

    /// The percentiles a range spans, such as `5th–95th percentile`.
    func percentiles(_ range: RangeSettings) throws -> String {
        strings.percentiles(try numbers.plain(range.lowPercentile), try numbers.plain(range.highPercentile))
    }

    /// The Monte Carlo settings, formatted.
    func methodFacts(_ range: RangeSettings) throws -> MethodFacts {
        MethodFacts(draws: numbers.count(range.draws), seed: String(range.seed), percentiles: try percentiles(range))
    }

    /// The tool and factor set that produced the report, as a sentence.
    func generatedBy(_ report: AuditReport) -> String {
        strings.generatedBy(
            "\(report.tool.name) \(report.tool.version)",
            "\(report.factorSet.name) \(report.factorSet.version)"
        )
    }
}
