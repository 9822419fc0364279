/// What a first look at every data row of an export says about how its columns write numbers and dates.
///
/// The decimal separator of each numeric column and the day-month order of each date column are
/// decided from all their cells; a column its cells leave undecided follows the file (the style most
/// decided columns have; a decimal point, and month first, when none is decided).
struct ColumnSurvey {
    private var tallies: [Int: DecimalStyleTally] = [:]
    /// Per date column: whether some cell puts a day above 12 first, or second.
    private var dateEvidence: [Int: (dayFirst: Bool, monthFirst: Bool)] = [:]
    private let numericColumns: [Int]
    private let dateColumns: [Int]
    /// A field above this is a day, not a month.
    private static let monthsPerYear = 12

    init(binding: PresetBinding) {
        numericColumns = Set(binding.indexByField.filter { $0.key.isNumeric }.map(\.value)).sorted()
        dateColumns = Set(binding.indexByField.filter { $0.key.syntax == .date }.map(\.value)).sorted()
    }

    mutating func add(_ record: CSVRecord) {
        for index in numericColumns where index < record.count {
            tallies[index, default: DecimalStyleTally()].add(DecimalStyle.evidence(record.string(index)))
        }
        for index in dateColumns where index < record.count {
            guard let fields = ExportDate.slashFields(record.string(index)) else { continue }
            var evidence = dateEvidence[index] ?? (false, false)
            if fields.first > Self.monthsPerYear { evidence.dayFirst = true }
            if fields.second > Self.monthsPerYear { evidence.monthFirst = true }
            dateEvidence[index] = evidence
        }
    }

    /// The file's style: that of most decided columns.
    var fileStyle: DecimalStyle {
        let decided = tallies.values.compactMap(\.decided)
        return decided.filter { $0 == .comma }.count > decided.filter { $0 == .point }.count ? .comma : .point
    }

    /// The style of every numeric column.
    var styles: [Int: DecimalStyle] {
        let fallback = fileStyle
        return Dictionary(uniqueKeysWithValues: numericColumns.map { ($0, tallies[$0]?.decided ?? fallback) })
    }

    /// The order of every date column; an undecided one is day first in a file of decimal commas.
    var dateOrders: [Int: DateOrder] {
        let fallback: DateOrder = fileStyle == .comma ? .dayFirst : .monthFirst
        return Dictionary(
            uniqueKeysWithValues: dateColumns.map { index in
                let evidence = dateEvidence[index] ?? (false, false)
                if evidence.dayFirst, !evidence.monthFirst { return (index, .dayFirst) }
                if evidence.monthFirst, !evidence.dayFirst { return (index, .monthFirst) }
                return (index, fallback)
            }
        )
    }
}
