import SobrietyCore

/// Turns one row of an export into the cells of a canonical row, which the canonical row parser then reads.
///
/// Numbers lose their grouping, currency signs and locale (the decimal separator decided per column
/// by ``ColumnSurvey``); durations become seconds, dates ISO 8601, cell values canonical keys through
/// the preset's value maps; derived fields (watch minutes, viewability and invalid-traffic rates) are
/// computed from the counts they come from. A cell that cannot be read is an error naming the
/// export's line and column header.
struct PresetMapper {
    let binding: PresetBinding
    let file: String
    /// The decimal style of each numeric field's column, by position.
    let styles: [Int: DecimalStyle]
    /// The day-month order of each date field's column, by position.
    let dateOrders: [Int: DateOrder]
    /// Alpha-2 codes by folded English country name, for exports that write `Germany`.
    let countryCodes: [String: String]

    /// Values that mean "no value": every export's, and the preset's.
    private let emptyTokens: Set<String>
    /// The length in bytes of the longest of them: a longer cell is not compared.
    private let longestEmptyToken: Int
    /// The platform of rows that give none: the file-wide one (`--platform`), else the preset's.
    private let defaultPlatform: String?
    /// The buying mode of rows that give none: the file-wide one, else the preset's.
    private let defaultBuying: String?

    /// Values that mean "no value" in every export.
    private static let commonEmptyTokens: Set<String> = ["--", "n/a", "(not set)"]

    init(
        binding: PresetBinding,
        file: String,
        styles: [Int: DecimalStyle],
        dateOrders: [Int: DateOrder],
        countryCodes: [String: String],
        fileWide: FileWideValues = FileWideValues()
    ) {
        self.binding = binding
        self.file = file
        self.styles = styles
        self.dateOrders = dateOrders
        self.countryCodes = countryCodes
        self.emptyTokens = Self.commonEmptyTokens.union(binding.preset.emptyTokens)
        self.longestEmptyToken = emptyTokens.map(\.utf8.count).max() ?? 0
        self.defaultPlatform = fileWide.columns[.platform] ?? binding.preset.platform
        self.defaultBuying = fileWide.columns[.buying] ?? binding.preset.buying
    }

    /// The canonical cells of `record` that have a value, or `nil` after adding its errors.
    func cells(of record: CSVRecord, errors: inout ErrorList) -> [CampaignColumn: String]? {
        var row = Row(record: record, mapper: self)
        var cells: [CampaignColumn: String] = [:]
        func set(_ column: CampaignColumn, _ value: String?) {
            if let value { cells[column] = value }
        }
        let preset = binding.preset
        set(.lineItem, binding.lineItemIndices.compactMap { row.text(at: $0) }.joined(separator: " / "))
        set(.campaign, row.text(.campaign))
        set(.platform, row.key(.platform) ?? defaultPlatform)
        set(
            .format,
            row.key(.format) ?? preset.formatSource.flatMap { row.text($0) }.flatMap { row.mapped($0, .format) }
        )
        set(.placement, row.text(.placement))
        set(.buying, row.key(.buying) ?? defaultBuying)
        set(.country, row.country())
        set(.device, row.key(.device))
        set(.resolution, row.key(.resolution))
        let impressions = row.count(.impressions)
        set(.impressions, impressions.map(Self.integerText))
        set(.reach, row.count(.reach).map(Self.integerText))
        set(.videoViews, row.count(.videoViews).map(Self.integerText))
        set(.creativeBytes, row.count(.creativeBytes).map(Self.integerText))
        set(.averageWatchSeconds, row.number(.averageWatchSeconds).map(Self.decimalText))
        set(.videoDurationSeconds, row.number(.videoDurationSeconds).map(Self.decimalText))
        set(.bitrateKilobitsPerSecond, row.number(.bitrateKilobitsPerSecond).map(Self.decimalText))
        set(.spend, row.number(.spend).map(Self.decimalText))
        set(.currency, row.text(.currency) ?? binding.spendCurrency)
        set(.watchMinutes, watchMinutes(&row, impressions: impressions).map(Self.decimalText))
        set(.viewabilityRate, row.rate(.viewabilityRate) ?? viewabilityRate(&row, impressions: impressions))
        set(.invalidTrafficRate, row.rate(.invalidTrafficRate) ?? invalidTrafficRate(&row, impressions: impressions))
        set(.onTargetRate, row.rate(.onTargetRate))
        set(.madeForAdvertisingRate, row.rate(.madeForAdvertisingRate))
        let day = row.date(.date)
        set(.startDate, row.date(.startDate) ?? day)
        set(.endDate, row.date(.endDate) ?? day)
        guard row.problems.isEmpty else {
            for problem in row.problems { errors.append(problem) }
            return nil
        }
        return cells
    }

    /// `watch_minutes` from total watch seconds, or from the average per impression.
    private func watchMinutes(_ row: inout Row, impressions: Int?) -> Double? {
        if let minutes = row.number(.watchMinutes) { return minutes }
        if let seconds = row.number(.watchSeconds) { return seconds / Self.secondsPerMinute }
        if let average = row.number(.averageWatchSecondsPerImpression), let impressions {
            return average * Double(impressions) / Self.secondsPerMinute
        }
        return nil
    }

    /// Viewable ÷ measurable impressions (or ÷ impressions, without a measurable count).
    private func viewabilityRate(_ row: inout Row, impressions: Int?) -> String? {
        guard let viewable = row.count(.viewableImpressions) else { return nil }
        guard let base = row.count(.measurableImpressions) ?? impressions, base > 0 else { return nil }
        return Self.decimalText(Double(viewable) / Double(base))
    }

    /// Invalid ÷ (impressions + invalid), where impressions exclude them (CM360); or 1 − billable ÷
    /// impressions, where impressions include them (DV360).
    private func invalidTrafficRate(_ row: inout Row, impressions: Int?) -> String? {
        guard let impressions else { return nil }
        if let invalid = row.count(.invalidImpressions), impressions + invalid > 0 {
            return Self.decimalText(Double(invalid) / Double(impressions + invalid))
        }
        if let billable = row.count(.billableImpressions), impressions > 0, billable <= impressions {
            return Self.decimalText(Double(impressions - billable) / Double(impressions))
        }
        return nil
    }

    private static let secondsPerMinute = 60.0

    private static func integerText(_ value: Int) -> String { String(value) }

    /// The shortest text that reads back as `value`.
    private static func decimalText(_ value: Double) -> String { "\(value)" }

    /// One record's cells, read through the binding; problems are collected, not thrown.
    private struct Row {
        let record: CSVRecord
        let mapper: PresetMapper
        var problems: [Diagnostic] = []

        init(record: CSVRecord, mapper: PresetMapper) {
            self.record = record
            self.mapper = mapper
        }

        /// The trimmed cell at `index`, `nil` when it is empty or a "no value" token.
        func text(at index: Int) -> String? {
            guard index < record.count else { return nil }
            let cell = String(decoding: record.fieldBytes(index).trimmingSpaces, as: UTF8.self)
            guard !cell.isEmpty else { return nil }
            if cell.utf8.count <= mapper.longestEmptyToken, mapper.emptyTokens.contains(ExportPreset.folded(cell)) {
                return nil
            }
            return cell
        }

        func text(_ field: ExportField) -> String? {
            mapper.binding.indexByField[field].flatMap { text(at: $0) }
        }

        /// The value map's key for `text`, its wildcard's, or the text itself; `nil` for an empty mapping.
        func mapped(_ text: String, _ field: ExportField) -> String? {
            guard let map = mapper.binding.preset.valueMaps[field] else { return text }
            let value = map[ExportPreset.folded(text)] ?? map["*"] ?? text
            return value.isEmpty ? nil : value
        }

        func key(_ field: ExportField) -> String? {
            text(field).flatMap { mapped($0, field) }
        }

        func country() -> String? {
            guard let written = text(.country), let value = mapped(written, .country) else { return nil }
            return mapper.countryCodes[ExportPreset.folded(value)] ?? value
        }

        mutating func count(_ field: ExportField) -> Int? {
            guard let (value, cell) = decimal(field, notANumber: Self.notACount) else { return nil }
            guard value >= 0 else {
                fail(field, cell, "is negative; expected a whole number ≥ 0")
                return nil
            }
            guard value.rounded() == value else {
                fail(field, cell, Self.notACount)
                return nil
            }
            guard let count = Int(exactly: value) else {
                fail(field, cell, "is too large; expected at most \(Int.max)")
                return nil
            }
            return count
        }

        private static let notACount = "is not a whole number; expected a count such as 12000 or 12,000"

        mutating func number(_ field: ExportField) -> Double? {
            guard let index = mapper.binding.indexByField[field], let cell = text(at: index) else { return nil }
            let style = mapper.styles[index] ?? .point
            if field.syntax == .duration {
                guard let seconds = ExportDuration.seconds(cell, style: style) else {
                    fail(field, cell, "is not a duration; expected seconds such as \(example(style)), or H:MM:SS")
                    return nil
                }
                return seconds
            }
            return decimal(field)?.value
        }

        /// A rate cell as the canonical parser reads it: a share, or a percentage with its sign.
        mutating func rate(_ field: ExportField) -> String? {
            guard let index = mapper.binding.indexByField[field], let cell = text(at: index) else { return nil }
            guard let (value, _) = decimal(field) else { return nil }
            let isPercentage = cell.hasSuffix("%") || mapper.binding.preset.barePercentFields.contains(field)
            return PresetMapper.decimalText(value) + (isPercentage ? "%" : "")
        }

        mutating func date(_ field: ExportField) -> String? {
            guard let index = mapper.binding.indexByField[field], let cell = text(at: index) else { return nil }
            guard let date = ExportDate.iso(cell, order: mapper.dateOrders[index] ?? .monthFirst) else {
                fail(
                    field,
                    cell,
                    "is not a date; expected YYYY-MM-DD, YYYY/MM/DD or a day, month and year such as 31/03/2026"
                )
                return nil
            }
            return date
        }

        /// The cell's number; `notANumber` is the complaint when it is none (by default, the column's decimal style).
        private mutating func decimal(
            _ field: ExportField,
            notANumber: String? = nil
        ) -> (value: Double, cell: String)? {
            guard let index = mapper.binding.indexByField[field], let cell = text(at: index) else { return nil }
            let style = mapper.styles[index] ?? .point
            guard let plain = NumberText.plainDecimal(cell, style: style), let value = Double(plain), value.isFinite
            else {
                let styleName = style == .point ? "a decimal point" : "a decimal comma"
                fail(
                    field,
                    cell,
                    notANumber ?? "is not a number; this column writes \(styleName), such as \(example(style))"
                )
                return nil
            }
            return (value, cell)
        }

        private func example(_ style: DecimalStyle) -> String {
            style == .point ? "1,234.5" : "1.234,5"
        }

        private mutating func fail(_ field: ExportField, _ cell: String, _ complaint: String) {
            let column = mapper.binding.headerName(of: field)
            problems.append(
                Diagnostic(
                    severity: .error,
                    code: "invalid-value",
                    location: SourceLocation(file: mapper.file, line: record.line, column: column),
                    message: "\(Array(cell.utf8).withUnsafeBytes { $0.quotedForMessage }) \(complaint)"
                )
            )
        }
    }
}
