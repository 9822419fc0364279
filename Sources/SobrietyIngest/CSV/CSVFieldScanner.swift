/// Finds where the fields of a CSV record end, in a window of bytes, skipping plain text eight bytes at a time.
enum CSVFieldScanner {
    /// The bytes a scan may look at, copied out of the reader so the loops work on locals.
    struct Window {
        /// The buffer.
        let bytes: UnsafeMutablePointer<UInt8>
        /// One past the last byte read.
        let end: Int
        /// Whether no byte will follow `end`.
        let isFinal: Bool
        /// The line the record starts on, for errors.
        let recordLine: Int
    }

    /// The closing quote of a quoted field whose content starts at `offset`; `nil` when more bytes are needed.
    ///
    /// Counts the line breaks inside the field into `line`.
    static func closingQuote(
        in window: Window,
        from offset: Int,
        fieldIndex: Int,
        line currentLine: inout Int
    ) throws(CSVError) -> (offset: Int, flags: CSVFieldRange.Flags)? {
        let bytes = window.bytes
        let end = window.end
        let quoteLine = currentLine
        var cursor = offset
        var flags: CSVFieldRange.Flags = []
        while true {
            cursor = firstByte(in: bytes, from: cursor, to: end, below: CSVByte.quote + 1)
            guard cursor < end else {
                if window.isFinal {
                    throw CSVError(
                        line: window.recordLine,
                        fieldIndex: fieldIndex,
                        problem: .unterminatedQuote(openedOnLine: quoteLine),
                        excerpt: CSVExcerpt.text(bytes, field: offset..<end, problem: offset)
                    )
                }
                return nil
            }
            switch bytes[cursor] {
            case CSVByte.quote:
                if cursor + 1 < end {
                    guard bytes[cursor + 1] == CSVByte.quote else { return (cursor, flags) }
                    flags.insert(.escapedQuotes)
                    cursor += 2
                } else {
                    return window.isFinal ? (cursor, flags) : nil
                }
            case CSVByte.lineFeed:
                currentLine += 1
                cursor += 1
            case CSVByte.carriageReturn:
                if cursor + 1 < end {
                    cursor += bytes[cursor + 1] == CSVByte.lineFeed ? 2 : 1
                } else if window.isFinal {
                    cursor += 1
                } else {
                    return nil
                }
                currentLine += 1
            case 0:
                var fieldEnd = cursor + 1
                while fieldEnd < end, bytes[fieldEnd] != CSVByte.quote { fieldEnd += 1 }
                throw CSVError(
                    line: window.recordLine,
                    fieldIndex: fieldIndex,
                    problem: .nulByte,
                    excerpt: CSVExcerpt.text(bytes, field: offset..<fieldEnd, problem: cursor)
                )
            case 0x80...:
                flags.insert(.nonASCII)
                cursor += 1
            default:
                cursor += 1
            }
        }
    }

    /// The unquoted field at `offset`, ending at a separator, a line end or the window's end.
    @inline(__always)
    static func unquotedField(
        in window: Window,
        from offset: Int,
        fieldIndex: Int
    ) throws(CSVError) -> CSVFieldRange {
        let bytes = window.bytes
        let end = window.end
        var cursor = offset
        var flags: CSVFieldRange.Flags = []
        while true {
            cursor = firstByte(in: bytes, from: cursor, to: end, below: CSVByte.comma + 1)
            guard cursor < end else { break }
            let byte = bytes[cursor]
            if isFieldEnd(byte) { break }
            if byte == CSVByte.quote || byte == 0 {
                var fieldEnd = cursor + 1
                while fieldEnd < end, !isFieldEnd(bytes[fieldEnd]) { fieldEnd += 1 }
                throw CSVError(
                    line: window.recordLine,
                    fieldIndex: fieldIndex,
                    problem: byte == 0 ? .nulByte : .strayQuote,
                    excerpt: CSVExcerpt.text(bytes, field: offset..<fieldEnd, problem: cursor)
                )
            }
            if byte >= 0x80 { flags.insert(.nonASCII) }
            cursor += 1
        }
        return CSVFieldRange(start: offset, end: cursor, flags: flags)
    }

    /// The offset of the first byte from `offset` that is below `limit` or above 0x7F, or `end` when there is none.
    ///
    /// Every byte a scan must stop at (separators, line ends, quotes, NUL, non-ASCII) is one of these,
    /// so plain text is skipped eight bytes at a time.
    @inline(__always)
    private static func firstByte(
        in bytes: UnsafeMutablePointer<UInt8>,
        from offset: Int,
        to end: Int,
        below limit: UInt8
    ) -> Int {
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

    /// Whether `byte` ends a field: a comma, LF or CR.
    ///
    /// A bit test, not a chain of comparisons, which the compiler would turn into a jump table that
    /// the processor mispredicts.
    static func isFieldEnd(_ byte: UInt8) -> Bool {
        byte < 64 && (fieldEnds >> byte) & 1 != 0
    }

    private static let fieldEnds: UInt64 = 1 << CSVByte.comma | 1 << CSVByte.lineFeed | 1 << CSVByte.carriageReturn
}

/// The bytes that structure a CSV file.
enum CSVByte {
    /// `"`, which opens and closes quoted fields.
    static let quote = UInt8(ascii: "\"")
    /// `,`, the field separator.
    static let comma = UInt8(ascii: ",")
    /// LF, a line end.
    static let lineFeed = UInt8(ascii: "\n")
    /// CR, a line end alone or before LF.
    static let carriageReturn = UInt8(ascii: "\r")
}
