import SobrietyCore

/// Reads the fields of one CSV record by column name, recording a problem for each field that is not as expected.
struct CSVRowReader {
    /// The file as named to the importer.
    let file: String
    /// The record's 1-based line.
    let line: Int
    private let fields: [String: String]

    /// The characters a number may be written with: no hexadecimal, no `inf` or `nan`, no separators.
    private static let numberCharacters = Set("0123456789+-.eE".unicodeScalars)

    /// Creates a reader for a record whose fields match the header one for one.
    init(file: String, record: CSVRecord, header: [String]) {
        self.file = file
        self.line = record.line
        self.fields = Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first })
    }

    /// The place of a column of this record, or of the record itself when `column` is `nil`.
    func location(_ column: String? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// The field as written.
    func text(_ column: String) -> String {
        fields[column] ?? ""
    }

    /// The field, or `nil` when it is empty.
    func optionalText(_ column: String) -> String? {
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    /// The field, which must not be empty.
    func nonEmptyText(_ column: String, _ problems: inout ImportProblems) -> String? {
        let value = text(column)
        guard value.isEmpty else { return value }
        problems.add(location(column), code: "empty-field", "expected a non-empty value, found an empty field")
        return nil
    }

    /// The field as a finite number in decimal or exponent form (`0.0165`, `2.14e-6`).
    func number(_ column: String, _ problems: inout ImportProblems) -> Double? {
        let value = text(column)
        guard value.unicodeScalars.allSatisfy(Self.numberCharacters.contains), let number = Double(value) else {
            problems.add(location(column), code: "not-a-number", "expected a number, found \(quoted(value))")
            return nil
        }
        guard number.isFinite else {
            problems.add(location(column), code: "not-finite", "expected a finite number, found \(quoted(value))")
            return nil
        }
        return number
    }

    /// The field as an integer year.
    func year(_ column: String, _ problems: inout ImportProblems) -> Int? {
        let value = text(column)
        guard let year = Int(value) else {
            problems.add(location(column), code: "not-an-integer", "expected an integer year, found \(quoted(value))")
            return nil
        }
        return year
    }

    /// The field as `true` or `false`.
    func boolean(_ column: String, _ problems: inout ImportProblems) -> Bool? {
        let value = text(column)
        guard let boolean = Bool(value) else {
            problems.add(location(column), code: "not-a-boolean", "expected true or false, found \(quoted(value))")
            return nil
        }
        return boolean
    }

    /// The field as one of an enumeration's raw values.
    func oneOf<Value: RawRepresentable<String> & CaseIterable>(
        _ type: Value.Type,
        _ column: String,
        _ problems: inout ImportProblems
    ) -> Value? {
        let value = text(column)
        guard let parsed = Value(rawValue: value) else {
            let expected = Value.allCases.map(\.rawValue).joined(separator: ", ")
            problems.add(location(column), code: "unknown-value", "expected one of \(expected), found \(quoted(value))")
            return nil
        }
        return parsed
    }

    /// A field's text as messages quote it.
    func quoted(_ value: String) -> String {
        "\"\(value)\""
    }
}
