/// A streaming RFC 4180 reader: UTF-8 (an optional BOM is skipped), comma-separated, LF, CRLF or CR line ends.
///
/// It reads its source in chunks and hands out one record at a time as byte ranges into its own
/// buffer: unquoted fields are never copied, quoted ones are unescaped in place. Lines with no
/// bytes at all are skipped. Memory is bounded by ``CSVLimits``: a longer field or record is an
/// error, not an allocation.
final class CSVReader<Source: ByteSource> {
    /// The source, readable after the last record (for example for its digest).
    private(set) var source: Source
    private let limits: CSVLimits
    private let chunkSize: Int
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var fields: UnsafeMutableBufferPointer<CSVFieldRange>
    /// The first byte not handed out yet.
    private var start = 0
    /// One past the last byte read.
    private var end = 0
    /// The physical line of the byte at `start`.
    private var line = 1
    private var sourceIsExhausted = false
    private var hasCheckedByteOrderMark = false

    /// Creates a reader that pulls `chunkSize` bytes at a time from `source`.
    ///
    /// A reader that starts inside a file (at the start of `firstLine`) neither looks for a byte
    /// order mark nor counts lines from 1.
    init(
        source: Source,
        chunkSize: Int = 1 << 20,
        limits: CSVLimits = .standard,
        firstLine: Int = 1,
        skipsByteOrderMark: Bool = true
    ) {
        precondition(chunkSize > 0, "chunk size must be positive")
        self.source = source
        self.line = firstLine
        self.hasCheckedByteOrderMark = !skipsByteOrderMark
        self.limits = limits
        self.chunkSize = chunkSize
        self.capacity = chunkSize
        self.bytes = .allocate(capacity: chunkSize)
        self.fields = .allocate(capacity: 64)
    }

    deinit {
        bytes.deallocate()
        fields.deallocate()
    }

    /// The next record, or `nil` at the end of the file.
    ///
    /// The record's bytes stay valid until the next call.
    ///
    /// - Throws: ``CSVError`` for malformed CSV, or the source's error when reading fails.
    func nextRecord() throws -> CSVRecord? {
        if !hasCheckedByteOrderMark { try skipByteOrderMark() }
        while true {
            guard try skipBlankLines() else { return nil }
            switch try scanRecord() {
            case .record(let record):
                return record
            case .needsMoreBytes(let field):
                try checkLimits(of: field)
                try readMore()
            }
        }
    }

    /// The bytes read from the source but not handed out yet.
    var bufferedByteCount: Int { end - start }

    /// Reads the rest of the source without scanning it, for example to finish its digest.
    func drainSource() throws {
        let scratch = UnsafeMutableRawBufferPointer(start: bytes, count: capacity)
        start = 0
        end = 0
        while try source.read(into: scratch) > 0 {}
        sourceIsExhausted = true
    }

    // MARK: - Scanning

    /// A record, or where the scan stopped for lack of bytes.
    private enum ScanOutcome {
        case record(CSVRecord)
        case needsMoreBytes(PartialField)
    }

    /// The field being scanned when the buffer ran out.
    private struct PartialField {
        var start: Int
        var index: Int
        var quoteLine: Int?
    }

    /// Scans the record at `start`; consumes it only when it is complete.
    private func scanRecord() throws(CSVError) -> ScanOutcome {
        let window = CSVFieldScanner.Window(bytes: bytes, end: end, isFinal: sourceIsExhausted, recordLine: line)
        let limits = self.limits
        var fields = self.fields
        var position = start
        var currentLine = line
        var count = 0
        var anyFlags = false
        while true {
            var field: CSVFieldRange
            let partial: PartialField
            if position < window.end, window.bytes[position] == CSVByte.quote {
                partial = PartialField(start: position, index: count, quoteLine: currentLine)
                guard
                    let closing = try CSVFieldScanner.closingQuote(
                        in: window,
                        from: position + 1,
                        fieldIndex: count,
                        line: &currentLine
                    )
                else { return .needsMoreBytes(partial) }
                field = CSVFieldRange(start: position + 1, end: closing.offset, flags: closing.flags)
                position = closing.offset + 1
                if position < window.end, !CSVFieldScanner.isFieldEnd(window.bytes[position]) {
                    var fieldEnd = position
                    while fieldEnd < window.end, !CSVFieldScanner.isFieldEnd(window.bytes[fieldEnd]) { fieldEnd += 1 }
                    throw CSVError(
                        line: line,
                        fieldIndex: count,
                        problem: .textAfterClosingQuote,
                        excerpt: CSVExcerpt.text(window.bytes, field: partial.start..<fieldEnd, problem: position)
                    )
                }
            } else {
                partial = PartialField(start: position, index: count, quoteLine: nil)
                field = try CSVFieldScanner.unquotedField(in: window, from: position, fieldIndex: count)
                position = field.end
            }
            if position == window.end, !window.isFinal { return .needsMoreBytes(partial) }
            guard field.end - field.start <= limits.maximumFieldBytes else {
                throw fieldTooLong(partial, fieldEnd: field.end)
            }
            guard count < limits.maximumFieldCount else { throw tooManyFields() }
            if count == fields.count { fields = growFields() }
            fields[count] = field
            count += 1
            anyFlags = anyFlags || !field.flags.isEmpty

            guard position < window.end else { break }
            let terminator = window.bytes[position]
            if terminator == CSVByte.comma {
                position += 1
                continue
            }
            if terminator == CSVByte.carriageReturn {
                if position + 1 < window.end {
                    if window.bytes[position + 1] == CSVByte.lineFeed { position += 1 }
                } else if !window.isFinal {
                    return .needsMoreBytes(partial)
                }
            }
            position += 1
            currentLine += 1
            break
        }
        if position - start > limits.maximumRecordBytes { throw recordTooLong() }
        if anyFlags { try finishFields(count: count) }
        let record = CSVRecord(line: line, base: bytes, fields: UnsafeBufferPointer(rebasing: fields[..<count]))
        start = position
        line = currentLine
        return .record(record)
    }

    /// Unescapes doubled quotes in place and validates UTF-8, for the fields that need it.
    private func finishFields(count: Int) throws(CSVError) {
        for index in 0..<count where !fields[index].flags.isEmpty {
            var field = fields[index]
            if field.flags.contains(.escapedQuotes) { field.end = unescapeQuotes(field) }
            let content = UnsafeRawBufferPointer(start: bytes + field.start, count: field.end - field.start)
            if field.flags.contains(.nonASCII), !content.isValidUTF8 {
                throw CSVError(
                    line: line,
                    fieldIndex: index,
                    problem: .invalidUTF8,
                    excerpt: CSVExcerpt.text(
                        bytes,
                        field: field.start..<field.end,
                        problem: field.start + (content.firstInvalidUTF8Offset ?? 0)
                    )
                )
            }
            field.flags = []
            fields[index] = field
        }
    }

    /// Turns each `""` of the field into `"`, in place; returns the new end.
    private func unescapeQuotes(_ field: CSVFieldRange) -> Int {
        var read = field.start
        var write = field.start
        while read < field.end {
            bytes[write] = bytes[read]
            read += bytes[read] == CSVByte.quote ? 2 : 1
            write += 1
        }
        return write
    }

    // MARK: - Limits

    private func checkLimits(of partial: PartialField) throws(CSVError) {
        if end - partial.start > limits.maximumFieldBytes + 2 { throw fieldTooLong(partial) }
        if end - start > limits.maximumRecordBytes { throw recordTooLong() }
    }

    private func recordTooLong() -> CSVError {
        CSVError(line: line, fieldIndex: nil, problem: .recordTooLong(limit: limits.maximumRecordBytes))
    }

    /// The field at `partial` is too long; its bytes run to `fieldEnd` when it is known, else to the buffer's end.
    private func fieldTooLong(_ partial: PartialField, fieldEnd: Int? = nil) -> CSVError {
        let content = partial.start + (partial.quoteLine == nil ? 0 : 1)
        return CSVError(
            line: line,
            fieldIndex: partial.index,
            problem: .fieldTooLong(limit: limits.maximumFieldBytes, quoteOpenedOnLine: partial.quoteLine),
            excerpt: CSVExcerpt.text(bytes, field: content..<max(content, fieldEnd ?? end), problem: content)
        )
    }

    private func tooManyFields() -> CSVError {
        CSVError(line: line, fieldIndex: nil, problem: .tooManyFields(limit: limits.maximumFieldCount))
    }

    /// Doubles the field table, keeping its fields; returns the new one.
    private func growFields() -> UnsafeMutableBufferPointer<CSVFieldRange> {
        let grown = UnsafeMutableBufferPointer<CSVFieldRange>.allocate(capacity: fields.count * 2)
        _ = grown.initialize(fromContentsOf: fields)
        fields.deallocate()
        fields = grown
        return grown
    }

    // MARK: - Buffer

    /// Skips empty lines; `false` at the end of the file.
    private func skipBlankLines() throws -> Bool {
        while true {
            if start == end {
                if sourceIsExhausted { return false }
                try readMore()
                continue
            }
            switch bytes[start] {
            case CSVByte.lineFeed:
                start += 1
            case CSVByte.carriageReturn:
                if start + 1 == end, !sourceIsExhausted {
                    try readMore()
                    continue
                }
                start += start + 1 < end && bytes[start + 1] == CSVByte.lineFeed ? 2 : 1
            default:
                return true
            }
            line += 1
        }
    }

    /// Skips a UTF-8 byte order mark at the start of the file.
    private func skipByteOrderMark() throws {
        hasCheckedByteOrderMark = true
        while end - start < 3, !sourceIsExhausted { try readMore() }
        if end - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
            start += 3
        }
    }

    /// Moves the unread bytes to the front, grows the buffer when they fill it, and reads one chunk.
    private func readMore() throws {
        if start > 0 {
            UnsafeMutableRawPointer(bytes).copyMemory(from: bytes + start, byteCount: end - start)
            end -= start
            start = 0
        }
        if end == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: bytes, count: end)
            bytes.deallocate()
            bytes = grown
            capacity *= 2
        }
        let room = UnsafeMutableRawBufferPointer(start: bytes + end, count: min(chunkSize, capacity - end))
        let count = try source.read(into: room)
        if count == 0 { sourceIsExhausted = true } else { end += count }
    }
}
