import SobrietyCore

/// Turns the records of a campaign file into ``CampaignLine`` values, reporting every bad cell.
struct CampaignRowParser {
    /// What became of one record.
    enum Outcome {
        /// A valid line.
        case valid
        /// A record of the right shape with at least one bad cell, now in the error list.
        case invalid
        /// A record with more or fewer fields than the header, now in the error list.
        case misshapen
    }

    /// The caches of the columns whose values tend to repeat from one row to the next.
    private struct Caches {
        var campaigns = RepeatCache<String>()
        var placements = RepeatCache<String>()
        var deviceMixes = ContentCache<DeviceMix>()
        var dates = RepeatCache<String>()
        var currencies = RepeatCache<String>()
    }

    /// The line of the last record parsed; one value reused for every row, so that none is copied.
    private var line: CampaignLine
    private let header: CampaignHeader
    /// The header's bindings, in an array of this parser's own.
    ///
    /// The two threads of a split read share one header: looping over its array, which takes a
    /// reference to it for every row, would bounce the array's reference count between the cores.
    private let bindings: [CampaignHeader.Binding]
    private let cells: CellParser
    private var caches = Caches()
    /// The file-wide value of each binding's column, where one is given, for the rows that leave it empty.
    private let fillIns: [[UInt8]?]
    private let hasFillIns: Bool

    /// Creates a parser for the rows under `header` in `file` (the name messages show).
    ///
    /// `fileWide` values fill the cells a row leaves empty and the columns the header lacks; they
    /// must have passed ``FileWideValues/problems(cells:)``.
    init(header: CampaignHeader, cells: CellParser, file: String, fileWide: FileWideValues = FileWideValues()) {
        self.header = header
        self.bindings = header.bindings.map { $0 }  // a new buffer, where `header.bindings` would share it
        self.cells = cells
        self.line = CampaignLine(location: SourceLocation(file: file, line: 0), lineItem: "", platform: "")
        let values = fileWide.columns
        self.fillIns = header.bindings.map { values[$0.column].map { Array($0.utf8) } }
        self.hasFillIns = !values.isEmpty
        // Columns the header lacks are never cleared: their file-wide values are set once.
        for (column, text) in values where !header.contains(column) {
            try? Self.assign(Array(text.utf8), to: column, of: &line, using: cells, caches: &caches)
        }
    }

    /// Checks `text` as a cell of `column`, as a row's cell would be read.
    static func check(_ text: String, as column: CampaignColumn, cells: CellParser) throws(CellError) {
        var line = CampaignLine(location: SourceLocation(file: "", line: 0), lineItem: "", platform: "")
        var caches = Caches()
        try assign(Array(text.utf8), to: column, of: &line, using: cells, caches: &caches)
    }

    /// ``assign(_:to:of:using:caches:)`` for a cell held in an array.
    private static func assign(
        _ bytes: [UInt8],
        to column: CampaignColumn,
        of line: inout CampaignLine,
        using cells: CellParser,
        caches: inout Caches
    ) throws(CellError) {
        let outcome: Result<Void, CellError> = bytes.withUnsafeBytes { cell in
            do throws(CellError) {
                try assign(cell, to: column, of: &line, using: cells, caches: &caches)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try outcome.get()
    }

    /// Hands the line of the last record parsed to `body`, without copying it.
    mutating func withLine(_ body: (CampaignLine) throws -> Void) rethrows {
        // Borrowed in place through its address: passing `line` directly copies all of its bytes.
        try withUnsafePointer(to: &line) { try body($0.pointee) }
    }

    /// Parses `record` into the parser's line, adding what is wrong with it to `errors`.
    mutating func parse(_ record: CSVRecord, errors: inout ErrorList) -> Outcome {
        guard record.count == header.fieldCount else {
            let hint = record.count > header.fieldCount ? "quote values that contain commas" : "add the missing commas"
            errors.append(
                Diagnostic(
                    severity: .error,
                    code: "field-count",
                    location: location(record.line),
                    message: "row has \(record.count) fields but the header has \(header.fieldCount); \(hint)"
                )
            )
            return .misshapen
        }
        line.location.line = record.line
        var failed: [CampaignColumn] = []
        for (position, binding) in bindings.enumerated() {
            let cell = record.fieldBytes(binding.index).trimmingSpaces
            do throws(CellError) {
                if hasFillIns, cell.isEmpty, let fillIn = fillIns[position] {
                    try Self.assign(fillIn, to: binding.column, of: &line, using: cells, caches: &caches)
                } else {
                    try Self.assign(cell, to: binding.column, of: &line, using: cells, caches: &caches)
                }
            } catch {
                Self.clear(binding.column, of: &line)
                failed.append(binding.column)
                errors.append(diagnostic(error, code: "invalid-value", line: record.line, column: binding.column))
            }
        }
        let problems = Self.crossFieldProblems(of: &line, header: header, cells: cells, skipping: failed)
        for (column, error) in problems {
            errors.append(diagnostic(error, code: "inconsistent-value", line: record.line, column: column))
        }
        return failed.isEmpty && problems.isEmpty ? .valid : .invalid
    }

    /// Parses `cell` as `column` and stores it in `line`; an empty cell stores "not provided".
    private static func assign(
        _ cell: UnsafeRawBufferPointer,
        to column: CampaignColumn,
        of line: inout CampaignLine,
        using cells: CellParser,
        caches: inout Caches
    ) throws(CellError) {
        guard !cell.isEmpty else {
            clear(column, of: &line)
            return
        }
        switch column {
        case .lineItem: line.lineItem = text(cell)
        case .campaign: line.campaign = caches.campaigns.value(for: cell, parse: text)
        case .platform: line.platformKey = try cells.platform(cell)
        case .format: line.format = try cells.format(cell)
        case .placement: line.placement = caches.placements.value(for: cell, parse: text)
        case .buying: line.buying = try cells.buying(cell)
        case .country: line.countryKey = try cells.country(cell)
        case .device: line.device = try caches.deviceMixes.value(for: cell, parse: cells.device)
        case .impressions: line.impressions = try cells.count(cell)
        case .reach: line.reach = try cells.count(cell)
        case .frequencyCap: line.frequencyCap = try cells.number(cell, .positive)
        case .videoViews: line.videoViews = try cells.count(cell)
        case .averageWatchSeconds: line.averageWatchSeconds = try cells.number(cell, .nonNegative)
        case .watchMinutes: line.watchMinutes = try cells.number(cell, .nonNegative)
        case .videoDurationSeconds: line.videoDurationSeconds = try cells.number(cell, .positive)
        case .resolution: line.resolution = try cells.resolution(cell)
        case .bitrateKilobitsPerSecond: line.bitrateKilobitsPerSecond = try cells.number(cell, .positive)
        case .creativeBytes: line.creativeBytes = try cells.count(cell)
        case .viewabilityRate: line.viewabilityRate = try cells.rate(cell)
        case .invalidTrafficRate: line.invalidTrafficRate = try cells.rate(cell)
        case .onTargetRate: line.onTargetRate = try cells.rate(cell)
        case .madeForAdvertisingRate: line.madeForAdvertisingRate = try cells.rate(cell)
        case .startDate: line.startDate = try caches.dates.value(for: cell, parse: cells.date)
        case .endDate: line.endDate = try caches.dates.value(for: cell, parse: cells.date)
        case .spend: line.spend = try cells.number(cell, .nonNegative)
        case .currency: line.currency = try caches.currencies.value(for: cell, parse: cells.currency)
        }
    }

    /// Marks `column` as not provided in `line`.
    private static func clear(_ column: CampaignColumn, of line: inout CampaignLine) {
        switch column {
        case .lineItem: line.lineItem = ""
        case .campaign: line.campaign = nil
        case .platform: line.platform = ""
        case .format: line.format = nil
        case .placement: line.placement = nil
        case .buying: line.buying = nil
        case .country: line.country = nil
        case .device: line.device = nil
        case .impressions: line.impressions = nil
        case .reach: line.reach = nil
        case .frequencyCap: line.frequencyCap = nil
        case .videoViews: line.videoViews = nil
        case .averageWatchSeconds: line.averageWatchSeconds = nil
        case .watchMinutes: line.watchMinutes = nil
        case .videoDurationSeconds: line.videoDurationSeconds = nil
        case .resolution: line.resolution = nil
        case .bitrateKilobitsPerSecond: line.bitrateKilobitsPerSecond = nil
        case .creativeBytes: line.creativeBytes = nil
        case .viewabilityRate: line.viewabilityRate = nil
        case .invalidTrafficRate: line.invalidTrafficRate = nil
        case .onTargetRate: line.onTargetRate = nil
        case .madeForAdvertisingRate: line.madeForAdvertisingRate = nil
        case .startDate: line.startDate = nil
        case .endDate: line.endDate = nil
        case .spend: line.spend = nil
        case .currency: line.currency = nil
        }
    }

    /// Required values left empty and values that contradict each other; columns that already failed are skipped.
    ///
    /// Static and `inout` though it changes nothing: a method would copy the whole parser for every
    /// row, and a borrowed line is copied too (its 456 bytes and their references); `inout` passes its address.
    private static func crossFieldProblems(
        of line: inout CampaignLine,
        header: CampaignHeader,
        cells: CellParser,
        skipping failed: [CampaignColumn]
    ) -> [(CampaignColumn, CellError)] {
        var problems: [(CampaignColumn, CellError)] = []
        if line.lineItem.isEmpty { problems.append((.lineItem, cells.missing(.lineItem))) }
        if line.platform.isEmpty, !failed.contains(.platform) {
            problems.append((.platform, cells.missing(.platform)))
        }
        if line.impressions == nil, line.videoViews == nil, !failed.contains(.impressions),
            !failed.contains(.videoViews)
        {
            let column: CampaignColumn = header.contains(.impressions) ? .impressions : .videoViews
            problems.append((column, cells.missing(column)))
        }
        if let reach = line.reach, let impressions = line.impressions, reach > impressions {
            let message = "\"\(reach)\" is more than impressions (\(impressions)); expected reach ≤ impressions"
            problems.append((.reach, CellError(message: message)))
        }
        if let start = line.startDate, let end = line.endDate, end < start {
            let message = "\"\(end)\" is before start_date \"\(start)\"; expected an end on or after the start"
            problems.append((.endDate, CellError(message: message)))
        }
        return problems
    }

    private func diagnostic(_ error: CellError, code: String, line: Int, column: CampaignColumn) -> Diagnostic {
        var location = location(line)
        location.column = header.name(of: column)
        return Diagnostic(severity: .error, code: code, location: location, message: error.message)
    }

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: self.line.location.file, line: line)
    }

    private static func text(_ cell: UnsafeRawBufferPointer) -> String {
        String(decoding: cell, as: UTF8.self)
    }
}
