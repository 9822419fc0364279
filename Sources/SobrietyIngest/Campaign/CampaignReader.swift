public import SobrietyCore

/// Reads campaign files in the canonical CSV format (`contracts/campaign-format.md`) and streams their lines.
///
/// The file is read in chunks and never held whole; memory grows only with the number of
/// distinct line items (8 bytes each). Every bad row is reported, up to a limit. A field over
/// 1 MiB, a row over 8 MiB or with more than 16,384 fields is an error, never an allocation.
public struct CampaignReader: Sendable {
    let maximumErrors: Int
    let lineItemHash: LineItemRegistry.Hash
    /// The smallest file the split read cuts in two.
    let minimumSplitBytes: Int
    /// How files are read: canonical CSV, a platform export (detected or named), or a user's mapping.
    public var preset: InputPreset = .automatic
    /// Values for the columns files leave empty (`--country`, `--device`, …).
    public var fileWide = FileWideValues()

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - maximumErrors: how many errors one file reports before the reader stops looking.
    ///   - minimumSplitBytes: the smallest file that
    ///     ``read(path:displayName:factorSet:progress:first:second:add:)`` reads in two parts at once.
    public init(maximumErrors: Int = 50, minimumSplitBytes: Int = 8 << 20) {
        self.init(
            maximumErrors: maximumErrors,
            lineItemHash: LineItemRegistry.standardHash,
            minimumSplitBytes: minimumSplitBytes
        )
    }

    /// Creates a reader with a chosen line-item hash (tests use a weak one to force collisions).
    init(
        maximumErrors: Int,
        lineItemHash: @escaping LineItemRegistry.Hash,
        minimumSplitBytes: Int = CampaignSplit.standardMinimumBytes
    ) {
        self.maximumErrors = maximumErrors
        self.lineItemHash = lineItemHash
        self.minimumSplitBytes = minimumSplitBytes
    }

    /// Reads the file at `path`, handing each line to `onLine` in file order.
    ///
    /// Lines reach `onLine` until the first bad row; the reader then keeps reading only to report
    /// the other bad rows, and throws at the end.
    ///
    /// - Parameters:
    ///   - path: the file to open.
    ///   - displayName: the name messages and the summary show; the path when `nil`.
    ///   - factorSet: the platforms, countries and resolutions cells are checked against.
    ///   - progress: called every 65,536 rows and once at the end.
    ///   - onLine: receives each valid line.
    /// - Returns: the file's digest, row count and warnings.
    /// - Throws: ``InputFileError`` when the file cannot be opened or read; `InputErrors` listing
    ///   every bad row (up to the limit) when the content breaks the format; whatever `onLine` throws.
    public func read(
        path: String,
        displayName: String? = nil,
        factorSet: FactorSet,
        progress: (@Sendable (ReadProgress) -> Void)? = nil,
        onLine: (CampaignLine) throws -> Void
    ) throws -> CampaignFileSummary {
        if let export = try exportReader(path: path, displayName: displayName ?? path) {
            return try export.read(
                path: path,
                displayName: displayName ?? path,
                factorSet: factorSet,
                fileWide: fileWide,
                progress: progress,
                onLine: onLine
            )
        }
        let input = try CampaignFileInput(path: path, displayName: displayName ?? path)
        let file = input.displayName
        var errors = ErrorList(limit: maximumErrors)
        var columnNames: [String] = []
        do {
            guard let headerRecord = try input.csv.nextRecord() else {
                throw InputErrors(diagnostics: [fileError(file, line: 1, code: "empty-file", Self.emptyFileMessage)])
            }
            let header = try CampaignHeader(headerRecord, file: file)
            columnNames = header.names
            var rows = CampaignRowParser(
                header: header,
                cells: CellParser(factorSet: factorSet),
                file: file,
                fileWide: fileWide
            )
            var lineItems = LineItemRegistry(hash: lineItemHash)
            var rowCount = 0
            while !errors.isTruncated, let record = try input.csv.nextRecord() {
                rowCount += 1
                if rowCount & 0xFFFF == 0 { progress?(input.progress(rows: rowCount)) }
                let outcome = rows.parse(record, errors: &errors)
                if outcome == .misshapen { continue }
                let lineItem = record.fieldBytes(header.lineItemIndex).trimmingSpaces
                if !lineItem.isEmpty { lineItems.insert(lineItem) }
                if outcome == .valid, errors.isEmpty { try rows.withLine(onLine) }
            }
            progress?(input.progress(rows: rowCount))
            if let suspects = lineItems.finish(), !errors.isTruncated {
                errors.merge(try Self.repeatedLineItems(in: input, header: header, suspects: suspects))
            }
            if errors.isEmpty, rowCount == 0 {
                errors.append(fileError(file, line: header.line, code: "no-data-rows", Self.noRowsMessage))
            }
            guard errors.isEmpty else { throw errors.inputErrors }
            return CampaignFileSummary(
                path: file,
                sha256: input.sha256,
                rows: rowCount,
                format: "canonical",
                warnings: Self.warnings(for: header, file: file)
            )
        } catch let error as CSVError {
            errors.append(Self.diagnostic(for: error, file: file, columnNames: columnNames))
            throw errors.inputErrors
        }
    }

    /// The reader of the file when it is a platform export, or `nil` when it is canonical CSV.
    ///
    /// A cheap look at the file's first bytes; presets are parsed only for a file that is not canonical.
    func exportReader(path: String, displayName: String) throws -> ExportReader? {
        guard let layout = try InputDetector.layout(path: path, displayName: displayName, preset: preset) else {
            return nil
        }
        return ExportReader(layout: layout, maximumErrors: maximumErrors, lineItemHash: lineItemHash)
    }

    /// Reads the file again for the line items whose hashes repeat, and reports those whose text repeats.
    ///
    /// - Throws: ``InputFileError`` when the file is not the one read the first time.
    static func repeatedLineItems(
        in input: CampaignFileInput,
        header: CampaignHeader,
        suspects: LineItemRegistry.Suspects
    ) throws -> [Diagnostic] {
        let changed = InputFileError(
            path: input.displayName,
            operation: .read,
            reason: "the file changed while it was being read"
        )
        let again = try input.reopened()
        var firstLines: [String: Int] = [:]
        var repeats: [Diagnostic] = []
        do {
            _ = try again.csv.nextRecord()
            while let record = try again.csv.nextRecord() {
                guard record.count == header.fieldCount else { continue }
                let bytes = record.fieldBytes(header.lineItemIndex).trimmingSpaces
                guard !bytes.isEmpty, suspects.contains(bytes) else { continue }
                let lineItem = String(decoding: bytes, as: UTF8.self)
                guard let firstLine = firstLines[lineItem] else {
                    firstLines[lineItem] = record.line
                    continue
                }
                repeats.append(
                    Diagnostic(
                        severity: .error,
                        code: "duplicate-line-item",
                        location: SourceLocation(
                            file: input.displayName,
                            line: record.line,
                            column: CampaignColumn.lineItem.rawValue
                        ),
                        message: "\(bytes.quotedForMessage) is already the line item of line \(firstLine); "
                            + "expected each row to have its own"
                    )
                )
            }
        } catch is CSVError {
            throw changed
        }
        guard again.sha256 == input.sha256 else { throw changed }
        return repeats
    }

    static func warnings(for header: CampaignHeader, file: String) -> [Diagnostic] {
        guard !header.unknownNames.isEmpty else { return [] }
        let names = header.unknownNames.map { "'\($0)'" }.joined(separator: ", ")
        let plural = header.unknownNames.count == 1 ? "column" : "columns"
        return [
            Diagnostic(
                severity: .warning,
                code: "unknown-columns",
                location: SourceLocation(file: file, line: header.line),
                message: "unknown \(plural) \(names) kept out of the computation"
            )
        ]
    }

    static func diagnostic(for error: CSVError, file: String, columnNames: [String]) -> Diagnostic {
        let column = error.fieldIndex.flatMap { columnNames.indices.contains($0) ? columnNames[$0] : nil }
        return Diagnostic(
            severity: .error,
            code: "malformed-csv",
            location: SourceLocation(file: file, line: error.line, column: column),
            message: error.message
        )
    }

    private static let emptyFileMessage =
        "file is empty; expected a header row such as line_item,platform,impressions and one row per line item"
    static let noRowsMessage = "header but no data rows; expected one row per line item"
}

/// An error about the file as a whole, located at `line`.
func fileError(_ file: String, line: Int, code: String, _ message: String) -> Diagnostic {
    Diagnostic(severity: .error, code: code, location: SourceLocation(file: file, line: line), message: message)
}
