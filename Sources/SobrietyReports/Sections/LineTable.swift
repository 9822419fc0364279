import SobrietyCore

/// The per-line table: the Markdown report shows every column, the text report a narrower choice.
struct LineTable: Sendable {
    /// A column of the per-line table.
    enum Column: CaseIterable, Sendable {
        /// The line item's identifier.
        case lineItem
        /// Its platform.
        case platform
        /// Its country.
        case country
        /// Impressions served.
        case impressions
        /// Impressions left after waste.
        case usefulImpressions
        /// Emissions with their range.
        case emissions
        /// Grams per 1,000 impressions.
        case gramsPerThousand
        /// Share of impressions wasted.
        case wasteShare
        /// Input columns that took a default.
        case assumed
    }

    /// The language the table is written in.
    let language: ReportLanguage

    /// A table of `lines` with `columns`, one row per line in the order given.
    func table(_ lines: some Sequence<LineReport>, columns: [Column] = Column.allCases) throws -> ReportTable {
        ReportTable(
            columns: columns.map(header),
            rows: try lines.map { line in try columns.map { try cell($0, of: line) } }
        )
    }

    private func header(_ column: Column) -> ReportTable.Column {
        let strings = language.strings
        return switch column {
        case .lineItem: .text(strings.lineItemColumn)
        case .platform: .text(strings.platformColumn)
        case .country: .text(strings.countryColumn)
        case .impressions: .number(strings.impressionsColumn)
        case .usefulImpressions: .number(strings.usefulImpressionsColumn)
        case .emissions: .number(strings.emissionsColumn)
        case .gramsPerThousand: .number(strings.gramsPerThousandColumn)
        case .wasteShare: .number(strings.wasteShareColumn)
        case .assumed: .text(strings.assumedColumn)
        }
    }

    private func cell(_ column: Column, of line: LineReport) throws -> String {
        let numbers = language.numbers
        let notApplicable = language.strings.notApplicable
        switch column {
        case .lineItem: return line.lineItem
        case .platform: return line.platform
        case .country: return line.country
        case .impressions: return try numbers.count(line.impressions)
        case .usefulImpressions: return try numbers.count(line.usefulImpressions)
        case .emissions: return try numbers.massWithRange(line.emissions)
        case .gramsPerThousand:
            guard line.impressions > 0 else { return notApplicable }
            return try numbers.mass(line.emissions.central * (1_000 / line.impressions))
        case .wasteShare:
            let wasted = line.impressions - line.usefulImpressions
            return try numbers.share(wasted, of: line.impressions) ?? notApplicable
        case .assumed:
            return line.assumed.isEmpty ? notApplicable : line.assumed.joined(separator: language.strings.listSeparator)
        }
    }
}
