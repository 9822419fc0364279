import SobrietyCore

/// The header row of a campaign file: which field holds which column.
struct CampaignHeader {
    /// A known column and the field that holds it.
    struct Binding {
        /// The column.
        let column: CampaignColumn
        /// Its 0-based field position.
        let index: Int
    }

    /// The line the header is on.
    let line: Int
    /// Each field's name for messages: the canonical name of a known column, the trimmed text otherwise.
    let names: [String]
    /// The known columns, in field order.
    let bindings: [Binding]
    /// The names of the fields that are not columns of the format, as written.
    let unknownNames: [String]
    /// The field that holds `line_item`.
    let lineItemIndex: Int
    private let indexByColumn: [CampaignColumn: Int]

    /// Reads the header from its record.
    ///
    /// - Throws: ``InputErrors`` for a column named twice or a required column missing.
    init(_ record: CSVRecord, file: String) throws(InputErrors) {
        let written = (0..<record.count).map { record.string($0) }
        var names: [String] = []
        var bindings: [Binding] = []
        var unknownNames: [String] = []
        var indexByColumn: [CampaignColumn: Int] = [:]
        var firstIndexByName: [String: Int] = [:]
        var errors: [Diagnostic] = []
        for (index, text) in written.enumerated() {
            let normalized = CampaignColumn.normalized(text)
            if let first = firstIndexByName[normalized], !normalized.isEmpty {
                errors.append(
                    Diagnostic(
                        severity: .error,
                        code: "duplicate-column",
                        location: SourceLocation(file: file, line: record.line, column: normalized),
                        message: "appears twice (fields \(first + 1) and \(index + 1)); keep one"
                    )
                )
            }
            firstIndexByName[normalized] = firstIndexByName[normalized] ?? index
            if let column = CampaignColumn(rawValue: normalized) {
                names.append(column.rawValue)
                bindings.append(Binding(column: column, index: index))
                indexByColumn[column] = indexByColumn[column] ?? index
            } else {
                let shown = CampaignColumn.trimmed(text)
                names.append(shown)
                unknownNames.append(shown.isEmpty ? "(unnamed field \(index + 1))" : shown)
            }
        }
        let missing = Self.missingRequirements(indexByColumn)
        if !missing.isEmpty {
            let found = written.map(CampaignColumn.trimmed).filter { !$0.isEmpty }
            errors.append(
                Diagnostic(
                    severity: .error,
                    code: "missing-columns",
                    location: SourceLocation(file: file, line: record.line),
                    message: "missing required column\(missing.count == 1 ? "" : "s") "
                        + missing.joined(separator: ", ") + "; found: "
                        + (found.isEmpty ? "no column names" : found.joined(separator: ", "))
                )
            )
        }
        guard errors.isEmpty, let lineItemIndex = indexByColumn[.lineItem] else {
            throw InputErrors(diagnostics: errors)
        }
        self.line = record.line
        self.names = names
        self.bindings = bindings
        self.unknownNames = unknownNames
        self.lineItemIndex = lineItemIndex
        self.indexByColumn = indexByColumn
    }

    /// A header of every column of the format, in ``CampaignColumn`` order, each named as `names`
    /// gives it (its canonical name otherwise): the shape an export's rows are mapped to, so that
    /// messages show the export's own column names.
    init(mappedAt line: Int, names shown: [CampaignColumn: String]) {
        let columns = CampaignColumn.allCases
        self.line = line
        self.names = columns.map { shown[$0] ?? $0.rawValue }
        self.bindings = columns.enumerated().map { Binding(column: $1, index: $0) }
        self.unknownNames = []
        self.lineItemIndex = 0  // line_item is the first column of the format
        self.indexByColumn = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    }

    /// The name messages show for `column`: its canonical name, or the export's name for it.
    func name(of column: CampaignColumn) -> String {
        indexByColumn[column].map { names[$0] } ?? column.rawValue
    }

    /// The number of fields every row must have.
    var fieldCount: Int { names.count }

    /// Whether the header has `column`.
    func contains(_ column: CampaignColumn) -> Bool {
        indexByColumn[column] != nil
    }

    /// The required columns that are absent, quoted for a message.
    private static func missingRequirements(_ present: [CampaignColumn: Int]) -> [String] {
        var missing: [String] = []
        for column in [CampaignColumn.lineItem, .platform] where present[column] == nil {
            missing.append("'\(column.rawValue)'")
        }
        if present[.impressions] == nil, present[.videoViews] == nil {
            missing.append("'impressions' (or 'video_views')")
        }
        return missing
    }
}
