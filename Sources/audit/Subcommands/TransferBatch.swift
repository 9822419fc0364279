import Foundation
import Sobriety

/// The rows of a batch CSV for `audit transfer`, each with its estimate.
struct TransferBatch {
    let estimator: TransferEstimator
    let defaults: TransferDefaults
    /// The most row errors listed before reading stops.
    static let maximumErrors = 50

    /// The columns the command reads; any other column is carried through to the output.
    enum Column: String, CaseIterable {
        case bytes
        case green
        case greenShare = "green_share"
        case gridIntensity = "grid_intensity"
        case gridDataCenter = "grid_data_center"
        case gridNetwork = "grid_network"
        case gridDevice = "grid_device"
        case country
        case firstVisitRatio = "first_visit_ratio"
        case returnVisitRatio = "return_visit_ratio"
        case dataReloadRatio = "data_reload_ratio"
    }

    /// Reads the file and estimates every row.
    /// - Throws: ``InputErrors`` naming file, line, column and value of every bad cell (up to
    ///   ``maximumErrors``); ``InputFileError`` when the file cannot be read.
    func estimate(file: String) throws -> TransferTable {
        var header: [String] = []
        var columns: [Column: Int] = [:]
        var rows: [TransferTable.Row] = []
        var errors: [Diagnostic] = []
        try CSVTableReader().read(
            path: file,
            onHeader: { names in
                header = names
                for (index, name) in names.enumerated() {
                    if let column = Column(rawValue: name), columns[column] == nil { columns[column] = index }
                }
                guard columns[.bytes] != nil else {
                    throw InputErrors(diagnostics: [
                        Diagnostic(
                            severity: .error,
                            code: "missing-column",
                            location: SourceLocation(file: file, line: 1),
                            message: "no bytes column; expected a header with bytes, such as bytes,green"
                        )
                    ])
                }
            },
            onRow: { row in
                guard errors.count < Self.maximumErrors else { return }
                var cells = TransferRowCells(row: row, columns: columns, file: file)
                let request = cells.request(defaults: defaults)
                guard let request, cells.errors.isEmpty else {
                    errors += cells.errors
                    return
                }
                do throws(TransferInputError) {
                    let estimate = try estimator.estimate(request)
                    rows.append(TransferTable.Row(fields: row.fields, bytes: request.bytes, estimate: estimate))
                } catch {
                    errors.append(cells.diagnostic(for: error))
                }
            }
        )
        guard errors.isEmpty else {
            throw InputErrors(diagnostics: errors, truncated: errors.count >= Self.maximumErrors)
        }
        return TransferTable(model: estimator.model, header: header, rows: rows)
    }
}

/// The cells of one batch row, read into a request; each bad cell becomes a diagnostic.
struct TransferRowCells {
    typealias Column = TransferBatch.Column
    let row: CSVTableRow
    let columns: [Column: Int]
    let file: String
    private(set) var errors: [Diagnostic] = []

    init(row: CSVTableRow, columns: [Column: Int], file: String) {
        self.row = row
        self.columns = columns
        self.file = file
    }

    /// The row's request, or `nil` when a cell is bad (see ``errors``).
    mutating func request(defaults: TransferDefaults) -> TransferRequest? {
        let bytes = number(.bytes)
        let green = flag(.green)
        var share = number(.greenShare)
        if green == true {
            if share != nil { fail(.greenShare, "give green or green_share, not both") }
            share = 1
        }
        let allSegments = gridForAllSegments() ?? defaults.grid
        let grid = TransferGridSettings(
            dataCenter: gridNumber(.gridDataCenter) ?? allSegments,
            network: gridNumber(.gridNetwork) ?? allSegments,
            device: gridNumber(.gridDevice) ?? allSegments
        )
        let ratios = (number(.firstVisitRatio), number(.returnVisitRatio), number(.dataReloadRatio))
        let visits = defaults.visits.map { base in
            VisitPattern(
                firstVisitRatio: ratios.0 ?? base.firstVisitRatio,
                returnVisitRatio: ratios.1 ?? base.returnVisitRatio,
                dataReloadRatio: ratios.2 ?? base.dataReloadRatio
            )
        }
        if visits == nil {
            for column in [Column.firstVisitRatio, .returnVisitRatio, .dataReloadRatio] where text(column) != nil {
                fail(column, "applies to per-visit estimates; add --per-visit")
            }
        }
        guard let bytes, errors.isEmpty else {
            if text(.bytes) == nil { fail(.bytes, "is empty; expected the bytes transferred, such as 1000000") }
            return nil
        }
        return TransferRequest(
            bytes: bytes,
            greenHostingShare: share ?? defaults.greenShare ?? 0,
            grid: grid,
            visits: visits
        )
    }

    /// A diagnostic for a request the estimator refused, at the column of the parameter at fault.
    func diagnostic(for error: TransferInputError) -> Diagnostic {
        let column: Column? =
            switch error.parameter {
            case .bytes: .bytes
            case .greenShare: columns[.greenShare] != nil ? .greenShare : nil
            case .gridIntensity: [.gridIntensity, .gridDataCenter, .gridNetwork, .gridDevice].first { text($0) != nil }
            case .country: .country
            case .firstVisitRatio: .firstVisitRatio
            case .returnVisitRatio: .returnVisitRatio
            case .dataReloadRatio: .dataReloadRatio
            }
        let located = column.flatMap { column in text(column).map { (column: column, text: $0) } }
        return Diagnostic(
            severity: .error,
            code: "invalid-value",
            location: SourceLocation(file: file, line: row.line, column: located?.column.rawValue),
            message: located.map { "'\($0.text)': \(error)" } ?? "\(error) (from the command-line options)"
        )
    }

    // MARK: - Cells

    private func text(_ column: Column) -> String? {
        guard let index = columns[column] else { return nil }
        let value = row.fields[index].trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    private mutating func fail(_ column: Column, _ message: String) {
        let value = text(column).map { "'\($0)' " } ?? ""
        errors.append(
            Diagnostic(
                severity: .error,
                code: "invalid-value",
                location: SourceLocation(file: file, line: row.line, column: column.rawValue),
                message: value + message
            )
        )
    }

    private mutating func number(_ column: Column) -> Double? {
        guard let text = text(column) else { return nil }
        guard text.allSatisfy(Self.numberCharacters.contains), let value = Double(text), value.isFinite else {
            fail(column, "is not a number; expected a finite decimal such as 0.5 or 1000000")
            return nil
        }
        return value
    }

    /// The characters of a decimal number, exponent form included (no hex, `nan` or `inf`).
    private static let numberCharacters = Set("0123456789.eE+-")

    private mutating func flag(_ column: Column) -> Bool? {
        guard let text = text(column) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            fail(column, "is not a boolean; expected true or false")
            return nil
        }
    }

    private mutating func gridNumber(_ column: Column) -> GridIntensitySetting? {
        number(column).map(GridIntensitySetting.gramsPerKilowattHour)
    }

    private mutating func gridForAllSegments() -> GridIntensitySetting? {
        if text(.gridIntensity) != nil, text(.country) != nil {
            fail(.country, "conflicts with grid_intensity on the same row; give one of them")
            return nil
        }
        return text(.country).map(GridIntensitySetting.country) ?? gridNumber(.gridIntensity)
    }
}
