public import SobrietyCore

/// One data row of a CSV table: its line and its fields as text, in the order of the header.
public struct CSVTableRow: Sendable, Hashable {
    /// The 1-based physical line where the row starts.
    public let line: Int
    /// The fields, one per header column.
    public let fields: [String]
}

/// Reads a CSV file with a header row of any columns, row by row, through the project's streaming
/// CSV reader: for tables other than the campaign file, such as the byte counts of `audit transfer`.
///
/// Rows must have as many fields as the header. Malformed CSV, a missing header and a row of the
/// wrong width are ``InputErrors`` naming the file and line (and column where there is one).
public struct CSVTableReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the file at `path`.
    ///
    /// - Parameters:
    ///   - path: The file to open.
    ///   - displayName: The name messages show; the path when `nil`.
    ///   - onHeader: Receives the header's column names, before any row.
    ///   - onRow: Receives each data row.
    /// - Throws: ``InputFileError`` when the file cannot be opened or read; ``InputErrors`` for bad
    ///   CSV or a misshapen row; whatever the closures throw.
    public func read(
        path: String,
        displayName: String? = nil,
        onHeader: ([String]) throws -> Void,
        onRow: (CSVTableRow) throws -> Void
    ) throws {
        let file = displayName ?? path
        let reader = CSVReader(source: try InputFile(path: path, displayName: file))
        var header: [String] = []
        do {
            guard let headerRecord = try reader.nextRecord() else {
                throw InputErrors(diagnostics: [fileError(file, line: 1, code: "empty-file", Self.emptyFileMessage)])
            }
            header = (0..<headerRecord.count).map { headerRecord.string($0).trimmingSpaces }
            try onHeader(header)
            while let record = try reader.nextRecord() {
                guard record.count == header.count else {
                    let message = "row has \(record.count) fields; expected \(header.count), one per header column"
                    throw InputErrors(diagnostics: [fileError(file, line: record.line, code: "row-width", message)])
                }
                try onRow(CSVTableRow(line: record.line, fields: (0..<record.count).map(record.string)))
            }
        } catch let error as CSVError {
            throw InputErrors(diagnostics: [CampaignReader.diagnostic(for: error, file: file, columnNames: header)])
        }
    }

    private static let emptyFileMessage = "file is empty; expected a header row and one row per record"
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(self.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
