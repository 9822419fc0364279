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
    init(source: Source, chunkSize: Int = 1 << 20, limits: CSVLimits = .standard) {
        precondition(chunkSize > 0, "chunk size must be positive")
        self.source = source
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

    /// The bytes a scan may look at, copied out of the reader so the loops work on locals.
    private struct ScanWindow {
        let bytes: UnsafeMutablePointer<UInt8>
        let end: Int
        /// Whether no byte will follow `end`.
        let isFinal: Bool
        /// The line the record starts on, for errors.
        let recordLine: Int
    }

    /// Scans the record at `start`; consumes it only when it is complete.
    private func scanRecord() throws(CSVError) -> ScanOutcome {
        let window = ScanWindow(bytes: bytes, end: end, isFinal: sourceIsExhausted, recordLine: line)
        let limits = self.limits
        var fields = self.fields
        var position = start
        var currentLine = line
        var count = 0
        var anyFlags = false
        while true {
            var field: CSVFieldRange
            let partial: PartialField
            if position < window.end, window.bytes[position] == quote {
                partial = PartialField(start: position, index: count, quoteLine: currentLine)
                guard let closing = try Self.findClosingQuote(in: window, after: partial, line: &currentLine)
                else { return .needsMoreBytes(partial) }
                field = CSVFieldRange(start: position + 1, end: closing.offset, flags: closing.flags)
                position = closing.offset + 1
                if position < window.end, !isFieldEnd(window.bytes[position]) {
                    throw CSVError(line: line, fieldIndex: count, problem: .textAfterClosingQuote)
                }
            } else {
                partial = PartialField(start: position, index: count, quoteLine: nil)
                field = try Self.scanUnquotedField(in: window, from: position, fieldIndex: count)
                position = field.end
            }
            if position == window.end, !window.isFinal { return .needsMoreBytes(partial) }
            guard field.end - field.start <= limits.maximumFieldBytes else { throw fieldTooLong(partial) }
            guard count < limits.maximumFieldCount else { throw tooManyFields() }
            if count == fields.count { fields = growFields() }
            fields[count] = field
            count += 1
            anyFlags = anyFlags || !field.flags.isEmpty

            guard position < window.end else { break }
            let terminator = window.bytes[position]
            if terminator == comma {
                position += 1
                continue
            }
            if terminator == carriageReturn {
                if position + 1 < window.end {
                    if window.bytes[position + 1] == lineFeed { position += 1 }
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


    /// The closing quote of the quoted field `partial`, or `nil` when more bytes are needed.
    private static func findClosingQuote(
        in window: ScanWindow,
        after partial: PartialField,
        line currentLine: inout Int
    ) throws(CSVError) -> (offset: Int, flags: CSVFieldRange.Flags)? {
        let bytes = window.bytes
        let end = window.end
        var cursor = partial.start + 1
        var flags: CSVFieldRange.Flags = []
        while true {
            cursor = firstByte(in: bytes, from: cursor, to: end, below: quote + 1)
            guard cursor < end else {
                if window.isFinal {
                    throw CSVError(
                        line: window.recordLine,
                        fieldIndex: partial.index,
                        problem: .unterminatedQuote(openedOnLine: partial.quoteLine ?? window.recordLine)
                    )
                }
                return nil
            }
            switch bytes[cursor] {
            case quote:
                if cursor + 1 < end {
                    guard bytes[cursor + 1] == quote else { return (cursor, flags) }
                    flags.insert(.escapedQuotes)
                    cursor += 2
                } else {
                    return window.isFinal ? (cursor, flags) : nil
                }
            case lineFeed:
                currentLine += 1
                cursor += 1
            case carriageReturn:
                if cursor + 1 < end {
                    cursor += bytes[cursor + 1] == lineFeed ? 2 : 1
                } else if window.isFinal {
                    cursor += 1
                } else {
                    return nil
                }
                currentLine += 1
            case 0:
                throw CSVError(line: window.recordLine, fieldIndex: partial.index, problem: .nulByte)
            case 0x80...:
                flags.insert(.nonASCII)
                cursor += 1
            default:
                cursor += 1
            }
        }
    }

    /// The unquoted field at `offset`, ending at a separator, a line end or the window's end.
    private static func scanUnquotedField(
        in window: ScanWindow,
        from offset: Int,
        fieldIndex: Int
    ) throws(CSVError) -> CSVFieldRange {
        let bytes = window.bytes
        let end = window.end
        var cursor = offset
        var flags: CSVFieldRange.Flags = []
        while true {
            cursor = firstByte(in: bytes, from: cursor, to: end, below: comma + 1)
            guard cursor < end else { break }
            let byte = bytes[cursor]
            if isFieldEnd(byte) { break }
            if byte == quote {
                throw CSVError(line: window.recordLine, fieldIndex: fieldIndex, problem: .strayQuote)
            }
            if byte == 0 { throw CSVError(line: window.recordLine, fieldIndex: fieldIndex, problem: .nulByte) }
            if byte >= 0x80 { flags.insert(.nonASCII) }
            cursor += 1
        }
        return CSVFieldRange(start: offset, end: cursor, flags: flags)
    }

    /// Unescapes doubled quotes in place and validates UTF-8, for the fields that need it.
    private func finishFields(count: Int) throws(CSVError) {
        for index in 0..<count where !fields[index].flags.isEmpty {
            var field = fields[index]
            if field.flags.contains(.escapedQuotes) { field.end = unescapeQuotes(field) }
            let content = UnsafeRawBufferPointer(start: bytes + field.start, count: field.end - field.start)
            if field.flags.contains(.nonASCII), !content.isValidUTF8 {
                throw CSVError(line: line, fieldIndex: index, problem: .invalidUTF8)
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
            read += bytes[read] == quote ? 2 : 1
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

    private func fieldTooLong(_ partial: PartialField) -> CSVError {
        CSVError(
            line: line,
            fieldIndex: partial.index,
            problem: .fieldTooLong(limit: limits.maximumFieldBytes, quoteOpenedOnLine: partial.quoteLine)
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
            case lineFeed:
                start += 1
            case carriageReturn:
                if start + 1 == end, !sourceIsExhausted {
                    try readMore()
                    continue
                }
                start += start + 1 < end && bytes[start + 1] == lineFeed ? 2 : 1
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

/// The offset of the first byte from `offset` that is below `limit` or above 0x7F, or `end` when there is none.
///
/// Every byte a scan must stop at (separators, line ends, quotes, NUL, non-ASCII) is one of these,
/// so plain text is skipped eight bytes at a time.
private func firstByte(in bytes: UnsafeMutablePointer<UInt8>, from offset: Int, to end: Int, below limit: UInt8) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let limits = ones &* UInt64(limit)
    var cursor = offset
    while cursor + 8 <= end {
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes + cursor).loadUnaligned(as: UInt64.self))
        // A byte's high bit ends up set when it is below `limit` (it borrows) or above 0x7F; the
        // lowest such byte is exact, since no byte below it borrows.
        let stops = ((word &- limits) & ~word | word) & highBits
        if stops != 0 { return cursor + stops.trailingZeroBitCount >> 3 }
        cursor += 8
    }
    while cursor < end, bytes[cursor] >= limit, bytes[cursor] < 0x80 { cursor += 1 }
    return cursor
}

/// Whether `byte` ends a field: a comma, LF or CR. A bit test, not a chain of comparisons, which
/// the compiler would turn into a jump table that the processor mispredicts.
private func isFieldEnd(_ byte: UInt8) -> Bool {
    byte < 64 && (fieldEnds >> byte) & 1 != 0
}

private let fieldEnds: UInt64 = 1 << comma | 1 << lineFeed | 1 << carriageReturn
private let quote = UInt8(ascii: "\"")
private let comma = UInt8(ascii: ",")
private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
