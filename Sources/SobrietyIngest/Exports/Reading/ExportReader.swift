import SobrietyCore

/// Reads a platform export through its preset, streaming, in two passes over the file.
///
/// The first pass takes the digest and surveys the columns (``ColumnSurvey``); the second maps each
/// data row (``PresetMapper``) and parses it with the canonical row parser, so that values are
/// checked as in a canonical file and messages name the export's own line and column header. Total
/// rows, footers and the preamble are not data. A line item that may repeat sends the reader over
/// the file a third time, as the canonical reader does.
struct ExportReader {
    let layout: ExportLayout
    let maximumErrors: Int
    let lineItemHash: LineItemRegistry.Hash

    /// What a row of the export is.
    private enum RowKind {
        case data
        /// A total or summary row: not data, and not counted.
        case total
        /// The first row of the footer: neither it nor any row after it is data.
        case footer
    }

    func read(
        path: String,
        displayName file: String,
        factorSet: FactorSet,
        fileWide: FileWideValues,
        progress: (@Sendable (ReadProgress) -> Void)?,
        onLine: (CampaignLine) throws -> Void
    ) throws -> CampaignFileSummary {
        var errors = ErrorList(limit: maximumErrors)
        var headerNames: [String] = []
        do {
            // Pass 1: the digest, the header and the columns' styles.
            let survey = try ExportPass(path: path, displayName: file, layout: layout, hashes: true)
            guard let header = try survey.header() else {
                throw InputErrors(diagnostics: [
                    fileError(file, line: layout.headerLine, code: "no-data-rows", CampaignReader.noRowsMessage)
                ])
            }
            headerNames = header.map(\.written)
            let binding = PresetBinding(preset: layout.preset, headers: header)
            guard !binding.lineItemIndices.isEmpty else { throw noLineItemColumns(header, file: file) }
            var columns = ColumnSurvey(binding: binding)
            var totalRows: [Int] = []
            while let record = try survey.csv.nextRecord() {
                let kind = classify(record, binding: binding)
                if kind == .footer { break }
                if kind == .total {
                    totalRows.append(record.line)
                } else if record.count == header.count {
                    columns.add(record)
                }
            }
            try survey.csv.drainSource()
            let sha256 = survey.hexDigest

            // Pass 2: every data row, mapped and parsed.
            let mapper = PresetMapper(
                binding: binding,
                file: file,
                styles: columns.styles,
                dateOrders: columns.dateOrders,
                countryCodes: Self.countryCodes(factorSet),
                fileWide: fileWide
            )
            let canonicalHeader = CampaignHeader(mappedAt: layout.headerLine, names: binding.shownNames())
            var rows = CampaignRowParser(
                header: canonicalHeader,
                cells: CellParser(factorSet: factorSet),
                file: file,
                fileWide: fileWide
            )
            var lineItems = LineItemRegistry(hash: lineItemHash)
            var rowCount = 0
            let pass = try ExportPass(path: path, displayName: file, layout: layout, hashes: false)
            _ = try pass.header()
            try forEachDataRow(of: pass, binding: binding, headerCount: header.count) { record, width in
                if let width {
                    errors.append(fieldCountError(record, width: width, headerCount: header.count, file: file))
                    return !errors.isTruncated
                }
                rowCount += 1
                if rowCount & 0xFFFF == 0 { progress?(pass.progress(rows: rowCount)) }
                guard let cells = mapper.cells(of: record, errors: &errors) else { return !errors.isTruncated }
                let outcome = CanonicalCells(cells, line: record.line).withRecord { rows.parse($0, errors: &errors) }
                let lineItem = cells[.lineItem] ?? ""
                if !lineItem.isEmpty { Array(lineItem.utf8).withUnsafeBytes { lineItems.insert($0) } }
                if outcome == .valid, errors.isEmpty { try rows.withLine(onLine) }
                return !errors.isTruncated
            }
            progress?(pass.progress(rows: rowCount))
            if let suspects = lineItems.finish(), !errors.isTruncated {
                errors.merge(
                    try repeatedLineItems(path: path, file: file, binding: binding, mapper: mapper, suspects: suspects)
                )
            }
            if errors.isEmpty, rowCount == 0 {
                errors.append(
                    fileError(file, line: layout.headerLine, code: "no-data-rows", CampaignReader.noRowsMessage)
                )
            }
            guard errors.isEmpty else { throw errors.inputErrors }
            return CampaignFileSummary(
                path: file,
                sha256: sha256,
                rows: rowCount,
                format: layout.preset.name,
                warnings: warnings(binding: binding, file: file, totalRows: totalRows)
            )
        } catch let error as CSVError {
            errors.append(CampaignReader.diagnostic(for: error, file: file, columnNames: headerNames))
            throw errors.inputErrors
        }
    }

    /// The error for a header that has none of the columns that identify a row.
    private func noLineItemColumns(_ header: [HeaderName], file: String) -> InputErrors {
        let preset = layout.preset
        let expected = preset.lineItemParts.compactMap(\.first).map { "'\($0)'" }.joined(separator: ", ")
        let found = header.map(\.written).filter { !$0.isEmpty }.joined(separator: ", ")
        return InputErrors(diagnostics: [
            fileError(
                file,
                line: layout.headerLine,
                code: "unknown-shape",
                "not a \(preset.title) export (preset \(preset.name)): the header has none of the columns that "
                    + "identify a row (\(expected)); found columns: \(found)"
            )
        ])
    }

    /// Calls `body` with each data row of the rest of `pass`, and its width when it differs from the header's,
    /// until `body` returns `false`.
    private func forEachDataRow(
        of pass: ExportPass,
        binding: PresetBinding,
        headerCount: Int,
        _ body: (CSVRecord, _ misfitWidth: Int?) throws -> Bool
    ) throws {
        while let record = try pass.csv.nextRecord() {
            let kind = classify(record, binding: binding)
            if kind == .footer { break }
            if kind == .total { continue }
            guard try body(record, record.count == headerCount ? nil : record.count) else { break }
        }
    }

    private func fieldCountError(_ record: CSVRecord, width: Int, headerCount: Int, file: String) -> Diagnostic {
        Diagnostic(
            severity: .error,
            code: "field-count",
            location: SourceLocation(file: file, line: record.line),
            message: "row has \(width) fields but the header (line \(layout.headerLine)) has \(headerCount); "
                + "quote values that contain the separator"
        )
    }

    private func classify(_ record: CSVRecord, binding: PresetBinding) -> RowKind {
        let preset = binding.preset
        let first = record.count > 0 ? record.string(0) : ""
        if preset.isFooter(firstCell: first) { return .footer }
        if preset.isTotalRow(firstCell: first) { return .total }
        if preset.dropsRowsWithoutKey, !binding.lineItemIndices.isEmpty,
            binding.lineItemIndices.allSatisfy({
                $0 >= record.count || CampaignColumn.trimmed(record.string($0)).isEmpty
            })
        {
            return .total
        }
        if (0..<record.count).allSatisfy({ CampaignColumn.trimmed(record.string($0)).isEmpty }) { return .total }
        return .data
    }

    /// Reads the file a third time for the line items whose hashes repeat, and reports those whose text repeats.
    private func repeatedLineItems(
        path: String,
        file: String,
        binding: PresetBinding,
        mapper: PresetMapper,
        suspects: LineItemRegistry.Suspects
    ) throws -> [Diagnostic] {
        let pass = try ExportPass(path: path, displayName: file, layout: layout, hashes: false)
        let header = try pass.header() ?? []
        var ignored = ErrorList(limit: maximumErrors)
        var firstLines: [String: Int] = [:]
        var repeats: [Diagnostic] = []
        let lineItemColumn = binding.shownNames()[.lineItem] ?? CampaignColumn.lineItem.rawValue
        try forEachDataRow(of: pass, binding: binding, headerCount: header.count) { record, width in
            guard width == nil, let cells = mapper.cells(of: record, errors: &ignored) else { return true }
            let lineItem = cells[.lineItem] ?? ""
            guard !lineItem.isEmpty, Array(lineItem.utf8).withUnsafeBytes({ suspects.contains($0) }) else {
                return true
            }
            guard let firstLine = firstLines[lineItem] else {
                firstLines[lineItem] = record.line
                return true
            }
            repeats.append(
                Diagnostic(
                    severity: .error,
                    code: "duplicate-line-item",
                    location: SourceLocation(file: file, line: record.line, column: lineItemColumn),
                    message: "\"\(lineItem)\" is already the line item of line \(firstLine); the export has a "
                        + "breakdown the \(layout.preset.name) preset does not key rows on: add its column to "
                        + "[line_item] columns in a mapping file (--mapping)"
                )
            )
            return true
        }
        return repeats
    }

    private func warnings(binding: PresetBinding, file: String, totalRows: [Int]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let unmapped = binding.unmappedNames
        if !unmapped.isEmpty {
            let names = unmapped.map { "'\($0)'" }.joined(separator: ", ")
            warnings.append(
                Diagnostic(
                    severity: .warning,
                    code: "unmapped-columns",
                    location: SourceLocation(file: file, line: layout.headerLine),
                    message: "read as \(layout.preset.title) export (preset \(layout.preset.name)); "
                        + "\(unmapped.count == 1 ? "column" : "columns") \(names) not mapped, kept out of the computation"
                )
            )
        }
        if !totalRows.isEmpty {
            let lines = totalRows.map(String.init).joined(separator: ", ")
            warnings.append(
                Diagnostic(
                    severity: .warning,
                    code: "total-rows",
                    location: SourceLocation(file: file, line: totalRows[0]),
                    message: "total \(totalRows.count == 1 ? "row" : "rows") on line\(totalRows.count == 1 ? "" : "s") "
                        + "\(lines) not read as line items"
                )
            )
        }
        return warnings
    }

    /// Alpha-2 codes by folded English name, from the factor set's countries.
    private static func countryCodes(_ factorSet: FactorSet) -> [String: String] {
        var codes: [String: String] = [:]
        for country in factorSet.countries.values { codes[ExportPreset.folded(country.name)] = country.alpha2 }
        return codes
    }
}

/// One reading of an export, from its start: the decoded CSV records and the file beneath them.
final class ExportPass {
    let csv: CSVReader<ExportByteSource<HashingByteSource<InputFile>>>
    let displayName: String
    private let file: InputFile
    private let layout: ExportLayout

    init(path: String, displayName: String, layout: ExportLayout, hashes: Bool) throws {
        self.file = try InputFile(path: path, displayName: displayName)
        self.displayName = displayName
        self.layout = layout
        let source = ExportByteSource(
            HashingByteSource(file),
            encoding: layout.encoding,
            byteOrderMarkLength: layout.byteOrderMarkLength,
            separator: layout.separator
        )
        self.csv = CSVReader(source: source, skipsByteOrderMark: false)
    }

    /// Skips the preamble and returns the header's names, or `nil` when the file ends first.
    func header() throws -> [HeaderName]? {
        while let record = try csv.nextRecord() {
            guard record.line >= layout.headerLine else { continue }
            return (0..<record.count).map { HeaderName(record.string($0)) }
        }
        return nil
    }

    /// SHA-256 of the bytes read so far, lowercase hex.
    var hexDigest: String { csv.source.source.hexDigest }

    func progress(rows: Int) -> ReadProgress {
        ReadProgress(path: displayName, bytesRead: file.bytesRead, totalBytes: file.size, rows: rows)
    }
}

/// The cells of a mapped row laid out as a CSV record, for the canonical row parser.
struct CanonicalCells {
    private var bytes: [UInt8] = []
    private var ranges: [CSVFieldRange] = []
    private let line: Int

    /// Lays `cells` out in ``CampaignColumn`` order, the columns without a value empty.
    init(_ cells: [CampaignColumn: String], line: Int) {
        self.line = line
        for column in CampaignColumn.allCases {
            let start = bytes.count
            bytes += cells[column, default: ""].utf8
            ranges.append(CSVFieldRange(start: start, end: bytes.count, flags: []))
        }
        bytes.append(0)  // a byte past the cells, so that the buffer has an address even when they are all empty
    }

    func withRecord<Result>(_ body: (CSVRecord) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { base in
            guard let start = base.baseAddress else { preconditionFailure("the buffer holds at least its end byte") }
            return try ranges.withUnsafeBufferPointer { fields in
                try body(CSVRecord(line: line, base: start, fields: fields))
            }
        }
    }
}
