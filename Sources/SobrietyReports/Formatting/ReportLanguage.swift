import SobrietyCore

/// The words and number conventions a human-facing report is written in.
struct ReportLanguage: Sendable {
    /// Headings, labels and sentences.
    let strings: ReportStrings
    /// Separators and units of numbers.
    let numbers: ReportNumberFormatter
    /// The words only the HTML and PDF report use.
    let html: HTMLStrings

    /// The language whose words `source` gives.
    init(_ source: some TranslationSource) {
        numbers = ReportNumberFormatter(source)
        strings = ReportStrings(source, numbers: numbers)
        html = HTMLStrings(source, numbers: numbers)
    }

    /// English.
    static let english = ReportLanguage(Translation.bundled(.english))

    /// The language built into the binary for `code`, read from its table when asked for (a report renders in one
    /// language: reading the others at start-up would only cost time).
    static func bundled(_ code: ReportLanguageCode) -> ReportLanguage {
        code == .english ? english : ReportLanguage(Translation.bundled(code))
    }

    /// The percentiles a range spans, such as `5th–95th percentile`.
    func percentiles(_ range: RangeSettings) throws -> String {
        strings.percentiles(
            strings.ordinal(range.lowPercentile, try numbers.plain(range.lowPercentile)),
            strings.ordinal(range.highPercentile, try numbers.plain(range.highPercentile))
        )
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

extension Translation {
    /// The table built into the binary for `code` (`BundledTranslations`), with English as its fallback.
    static func bundled(_ code: ReportLanguageCode) -> Translation {
        let english = BundledTranslations.tables[ReportLanguageCode.english.rawValue] ?? [:]
        return Translation(code: code, entries: BundledTranslations.tables[code.rawValue] ?? english, fallback: english)
    }
}
