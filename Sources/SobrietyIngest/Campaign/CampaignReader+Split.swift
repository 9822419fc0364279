import Dispatch
public import SobrietyCore

extension CampaignReader {
    /// Reads a file as ``read(path:displayName:factorSet:progress:onLine:)`` does, in two parts at once when it can.
    ///
    /// A regular file of at least the reader's minimum split size, without a quote up to the first
    /// line end past its middle, is cut in two there (``CampaignSplit``): `first` takes the lines of
    /// the first part here, in file order, while `second` takes those of the second part on another
    /// thread. Any other file goes to `first` whole, in one pass. Either way the digest, row count,
    /// warnings and errors (their lines, their order, the limit) are those of one pass.
    ///
    /// - Parameters:
    ///   - path: the file to open.
    ///   - displayName: the name messages and the summary show; the path when `nil`.
    ///   - factorSet: the platforms, countries and resolutions cells are checked against.
    ///   - progress: called now and then, from either thread, and once at the end.
    ///   - first: takes the lines of the first part, or of the whole file.
    ///   - second: takes the lines of the second part, if any.
    ///   - add: adds one line to a sink.
    /// - Returns: the file's digest, row count and warnings.
    /// - Throws: As ``read(path:displayName:factorSet:progress:onLine:)``.
    public func read<Sink: Sendable>(
        path: String,
        displayName: String? = nil,
        factorSet: FactorSet,
        progress: (@Sendable (ReadProgress) -> Void)? = nil,
        first: inout Sink,
        second: inout Sink,
        add: @escaping @Sendable (inout Sink, CampaignLine) throws -> Void
    ) throws -> CampaignFileSummary {
        let name = displayName ?? path
        if let export = try exportReader(path: path, displayName: name) {
            return try export.read(
                path: path,
                displayName: name,
                factorSet: factorSet,
                fileWide: fileWide,
                progress: progress
            ) { try add(&first, $0) }
        }
        let split = CampaignSplit.plan(path: path, minimumBytes: minimumSplitBytes)
        let input = split == nil ? nil : try? CampaignFileInput(path: path, displayName: name)
        input?.stopReading(at: split?.offset ?? 0)
        // The header must end before the cut: a record reaching it may go on after it.
        guard let split, let input, let headerRecord = try? input.csv.nextRecord(),
            let header = try? CampaignHeader(headerRecord, file: name),
            input.consumedBytes < split.offset
        else {
            var canonical = self
            canonical.preset = .canonical  // already told apart
            return try canonical.read(path: path, displayName: displayName, factorSet: factorSet, progress: progress) {
                try add(&first, $0)
            }
        }
        let tally = progress.map { ProgressTally(path: name, totalBytes: input.size, report: $0) }
        let later = second
        let job = Handoff.start { [self] in
            var sink = later
            var part = PartReading(
                errors: ErrorList(limit: maximumErrors),
                lineItems: LineItemRegistry(hash: lineItemHash)
            )
            do {
                let file = try InputFile(path: path, displayName: name, offset: split.offset)
                let csv = CSVReader(source: file, firstLine: split.firstLine, skipsByteOrderMark: false)
                // Its own parser: objects shared by both threads would have their counts bounced between cores.
                var rows = CampaignRowParser(
                    header: header,
                    cells: CellParser(factorSet: factorSet),
                    file: name,
                    fileWide: fileWide
                )
                part.read(
                    csv,
                    parser: &rows,
                    header: header,
                    file: name,
                    progress: { tally?.update(part: 1, rows: $0, bytes: file.bytesRead) },
                    onLine: { try add(&sink, $0) }
                )
            } catch {
                part.readFailure = error
            }
            return (sink, part)
        }

        var part = PartReading(errors: ErrorList(limit: maximumErrors), lineItems: LineItemRegistry(hash: lineItemHash))
        var rows = CampaignRowParser(
            header: header,
            cells: CellParser(factorSet: factorSet),
            file: name,
            fileWide: fileWide
        )
        part.read(
            input.csv,
            parser: &rows,
            header: header,
            file: name,
            progress: { tally?.update(part: 0, rows: $0, bytes: input.bytesRead) },
            onLine: { try add(&first, $0) }
        )
        let digestFailure: (any Error)?
        do {
            try input.digestRest()
            digestFailure = nil
        } catch {
            digestFailure = error
        }
        let (laterSink, laterPart) = job.wait()
        second = laterSink
        progress?(input.progress(rows: part.rows + laterPart.rows))
        return try finish(input: input, header: header, parts: (part, laterPart), digestFailure: digestFailure)
    }

    /// Combines the readings of the two parts as one pass over the file would have ended.
    private func finish(
        input: CampaignFileInput,
        header: CampaignHeader,
        parts: (PartReading, PartReading),
        digestFailure: (any Error)?
    ) throws -> CampaignFileSummary {
        let (part, later) = parts
        if let failure = part.lineFailure ?? part.readFailure ?? digestFailure { throw failure }
        var errors = part.errors
        if part.endedByMalformedCSV || errors.isTruncated { throw errors.inputErrors }
        if errors.isEmpty, let failure = later.lineFailure { throw failure }
        if let failure = later.readFailure { throw failure }
        errors.append(contentsOf: later.errors)
        if later.endedByMalformedCSV { throw errors.inputErrors }
        var lineItems = part.lineItems
        if let suspects = lineItems.finish(with: later.lineItems), !errors.isTruncated {
            errors.merge(try Self.repeatedLineItems(in: input, header: header, suspects: suspects))
        }
        let rowCount = part.rows + later.rows
        if errors.isEmpty, rowCount == 0 {
            errors.append(fileError(input.displayName, line: header.line, code: "no-data-rows", Self.noRowsMessage))
        }
        guard errors.isEmpty else { throw errors.inputErrors }
        return CampaignFileSummary(
            path: input.displayName,
            sha256: input.sha256,
            rows: rowCount,
            format: "canonical",
            warnings: Self.warnings(for: header, file: input.displayName)
        )
    }
}

/// What reading one part of a split file found.
private struct PartReading: Sendable {
    var rows = 0
    var errors: ErrorList
    var lineItems: LineItemRegistry
    /// Whether a malformed record ended the part; its error is the last of `errors`.
    var endedByMalformedCSV = false
    /// What the line handler threw first; no line reaches it after that.
    var lineFailure: (any Error)?
    /// What stopped the reading, such as a failed read.
    var readFailure: (any Error)?

    /// Reads the records of `csv` as the one-pass reader does, without throwing: what it would throw is kept.
    mutating func read<Source>(
        _ csv: CSVReader<Source>,
        parser: inout CampaignRowParser,
        header: CampaignHeader,
        file: String,
        progress: (Int) -> Void,
        onLine: (CampaignLine) throws -> Void
    ) {
        do {
            while !errors.isTruncated, let record = try csv.nextRecord() {
                rows += 1
                if rows & 0xFFFF == 0 { progress(rows) }
                let outcome = parser.parse(record, errors: &errors)
                if outcome == .misshapen { continue }
                let lineItem = record.fieldBytes(header.lineItemIndex).trimmingSpaces
                if !lineItem.isEmpty { lineItems.insert(lineItem) }
                guard outcome == .valid, errors.isEmpty, lineFailure == nil else { continue }
                do {
                    try parser.withLine(onLine)
                } catch {
                    lineFailure = error
                }
            }
        } catch let error as CSVError {
            errors.append(CampaignReader.diagnostic(for: error, file: file, columnNames: header.names))
            endedByMalformedCSV = true
        } catch {
            readFailure = error
        }
        lineItems.flush()  // now, while nothing else holds the registry: see its doc
    }
}

/// The progress of the two parts of a split read, reported as one.
private final class ProgressTally: @unchecked Sendable {
    // `parts` is only touched on `queue`, which also serializes the calls to `report`.
    private let queue = DispatchQueue(label: "Sobriety.ProgressTally")
    private var parts = [(rows: 0, bytes: 0), (rows: 0, bytes: 0)]
    private let path: String
    private let totalBytes: Int?
    private let report: @Sendable (ReadProgress) -> Void

    init(path: String, totalBytes: Int?, report: @escaping @Sendable (ReadProgress) -> Void) {
        self.path = path
        self.totalBytes = totalBytes
        self.report = report
    }

    /// Records how far part `part` has got and reports both parts' sum.
    func update(part: Int, rows: Int, bytes: Int) {
        queue.sync {
            parts[part] = (rows, bytes)
            report(
                ReadProgress(
                    path: path,
                    bytesRead: parts[0].bytes + parts[1].bytes,
                    totalBytes: totalBytes,
                    rows: parts[0].rows + parts[1].rows
                )
            )
        }
    }
}

/// A value computed on another thread and handed back once.
private final class Handoff<Value: Sendable>: @unchecked Sendable {
    // `value` is written once before `ready` is signalled, and read only after waiting for it.
    private var value: Value?
    private let ready = DispatchSemaphore(value: 0)

    /// Starts computing `work` on another thread.
    static func start(_ work: @escaping @Sendable () -> Value) -> Handoff<Value> {
        let handoff = Handoff<Value>()
        DispatchQueue.global().async {
            handoff.value = work()
            handoff.ready.signal()
        }
        return handoff
    }

    /// Waits for the value.
    func wait() -> Value {
        ready.wait()
        guard let value else { preconditionFailure("the work ended without a value") }
        return value
    }
}
