import SobrietyCore

/// A CSV file whose header has been checked: its kind and its data records.
struct FactorTable: Sendable {
    /// The file as named to the importer.
    var file: String
    /// What the file holds.
    var kind: FactorTableKind
    /// The records after the header.
    var records: [CSVRecord]

    /// A reader for each record with as many fields as the header; a problem for each other record.
    func rows(_ problems: inout ImportProblems) -> [CSVRowReader] {
        let header = kind.header
        return records.compactMap { record in
            guard record.fields.count == header.count else {
                problems.add(
                    SourceLocation(file: file, line: record.line),
                    code: "field-count",
                    "expected \(header.count) fields (\(header.joined(separator: ","))), found \(record.fields.count)"
                )
                return nil
            }
            return CSVRowReader(file: file, record: record, header: header)
        }
    }
}
