/// Turns the bytes of a platform export into the UTF-8, comma-separated CSV that ``CSVReader`` reads.
///
/// It decodes UTF-16 (either byte order) and Windows-1252 to UTF-8, drops the byte order mark, and
/// rewrites another field separator (`;` or TAB) as commas, quoting the fields that hold a comma.
/// Line ends and field contents are kept, so the lines and fields of the CSV reader's records are
/// those of the original file. Bytes that do not decode become `FF`, which the CSV reader reports as
/// not UTF-8 on their line.
struct ExportByteSource<Base: ByteSource>: ByteSource {
    private var base: Base
    private let encoding: TextEncoding
    private var separator: SeparatorRewriter?
    private var byteOrderMarkLeft: Int
    private var raw: [UInt8]
    /// Decoded bytes not handed out yet, from `pendingStart`.
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var isExhausted = false
    /// A UTF-16 code unit's first byte, when a chunk ended between its two bytes.
    private var oddByte: UInt8?
    /// A high surrogate waiting for its low half.
    private var highSurrogate: UInt16?

    /// Reads `base`, whose bytes are in `encoding` with a byte order mark of `byteOrderMarkLength`
    /// bytes and whose fields are separated by `separator`.
    init(_ base: Base, encoding: TextEncoding, byteOrderMarkLength: Int, separator: UInt8, chunkSize: Int = 1 << 16) {
        self.base = base
        self.encoding = encoding
        self.byteOrderMarkLeft = byteOrderMarkLength
        self.separator = separator == CSVByte.comma ? nil : SeparatorRewriter(separator: separator)
        self.raw = [UInt8](repeating: 0, count: chunkSize)
    }

    /// The source read from, for example to take its digest.
    var source: Base { base }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        // One decoded chunk at a time, and only once the last is handed out: memory stays at one chunk.
        while pending.count == pendingStart, !isExhausted { try decodeChunk() }
        let count = min(buffer.count, pending.count - pendingStart)
        guard count > 0 else { return 0 }
        pending.withUnsafeBytes { bytes in
            UnsafeMutableRawBufferPointer(rebasing: buffer[..<count])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[pendingStart..<pendingStart + count]))
        }
        pendingStart += count
        if pendingStart == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingStart = 0
        }
        return count
    }

    /// Reads one chunk of the base source and appends its decoded bytes to `pending`.
    private mutating func decodeChunk() throws {
        let count = try raw.withUnsafeMutableBytes { try base.read(into: $0) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(count * 2)
        if count == 0 {
            isExhausted = true
            if oddByte != nil || highSurrogate != nil { decoded.append(undecodable) }
        } else {
            var start = 0
            if byteOrderMarkLeft > 0 {
                start = min(byteOrderMarkLeft, count)
                byteOrderMarkLeft -= start
            }
            decode(raw[start..<count], into: &decoded)
        }
        if var rewriter = separator {
            rewriter.rewrite(decoded, into: &pending, isFinal: isExhausted)
            separator = rewriter
        } else {
            pending += decoded
        }
    }

    private mutating func decode(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) {
        switch encoding {
        case .utf8:
            output += bytes
        case .windows1252:
            for byte in bytes {
                if byte < 0x80 { output.append(byte) } else { appendUTF8(Windows1252.scalar(byte), to: &output) }
            }
        case .utf16LittleEndian, .utf16BigEndian:
            var index = bytes.startIndex
            if let first = oddByte, index < bytes.endIndex {
                decodeUnit(first, bytes[index], into: &output)
                oddByte = nil
                index += 1
            }
            while index + 1 < bytes.endIndex {
                decodeUnit(bytes[index], bytes[index + 1], into: &output)
                index += 2
            }
            if index < bytes.endIndex { oddByte = bytes[index] }
        }
    }

    /// Decodes the UTF-16 code unit of two bytes in file order.
    private mutating func decodeUnit(_ first: UInt8, _ second: UInt8, into output: inout [UInt8]) {
        let unit =
            encoding == .utf16LittleEndian
            ? UInt16(second) << 8 | UInt16(first) : UInt16(first) << 8 | UInt16(second)
        if let high = highSurrogate {
            highSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let value = 0x10000 + (UInt32(high - 0xD800) << 10 | UInt32(unit - 0xDC00))
                appendUTF8(Unicode.Scalar(value), to: &output)
                return
            }
            output.append(undecodable)
        }
        switch unit {
        case 0xD800...0xDBFF: highSurrogate = unit
        case 0xDC00...0xDFFF: output.append(undecodable)
        default: appendUTF8(Unicode.Scalar(unit), to: &output)
        }
    }

    private func appendUTF8(_ scalar: Unicode.Scalar?, to output: inout [UInt8]) {
        guard let scalar else {
            output.append(undecodable)
            return
        }
        UTF8.encode(scalar) { output.append($0) }
    }
}

/// A byte that is never UTF-8, standing for what did not decode.
private let undecodable: UInt8 = 0xFF

/// Rewrites CSV separated by `;` or TAB as comma-separated CSV, a chunk at a time.
///
/// Quoted fields pass unchanged; an unquoted field that holds a comma is quoted (its quotes doubled). An unquoted
/// field is held until its end shows whether it needs quotes, but never more than ``maximumHeldFieldBytes``: past
/// that it is passed on as it comes (quoted if it held a comma by then), for the CSV reader to refuse at its field
/// limit, so memory stays bounded whatever the file.
struct SeparatorRewriter {
    /// The most of one unquoted field held back: the CSV reader's own field limit.
    static let maximumHeldFieldBytes = CSVLimits.standard.maximumFieldBytes

    let separator: UInt8
    private var isInQuotes = false
    /// The unquoted field being read, kept until its end shows whether it needs quotes.
    private var field: [UInt8] = []
    private var fieldHasComma = false
    /// Whether the field outgrew ``maximumHeldFieldBytes`` and is being passed on as it comes.
    private var isPassingOn = false

    init(separator: UInt8) {
        self.separator = separator
    }

    /// Appends the comma-separated form of `bytes` to `output`; `isFinal` flushes the last field.
    mutating func rewrite(_ bytes: [UInt8], into output: inout [UInt8], isFinal: Bool) {
        for byte in bytes {
            if isInQuotes {
                output.append(byte)
                if byte == CSVByte.quote { isInQuotes = false }
                continue
            }
            switch byte {
            case separator:
                flushField(into: &output)
                output.append(CSVByte.comma)
            case CSVByte.lineFeed, CSVByte.carriageReturn:
                flushField(into: &output)
                output.append(byte)
            case CSVByte.quote where field.isEmpty && !isPassingOn:
                // An opening quote, or the second of a doubled quote, which reopens the field.
                output.append(byte)
                isInQuotes = true
            default:
                if isPassingOn {
                    if fieldHasComma, byte == CSVByte.quote { output.append(byte) }
                    output.append(byte)
                    continue
                }
                if byte == CSVByte.comma { fieldHasComma = true }
                field.append(byte)
                if field.count > Self.maximumHeldFieldBytes { passOn(into: &output) }
            }
        }
        if isFinal { flushField(into: &output) }
    }

    /// Writes what is held of an overlong field, opening its quotes if it needs them, and passes the rest on.
    private mutating func passOn(into output: inout [UInt8]) {
        if fieldHasComma { output.append(CSVByte.quote) }
        appendHeld(into: &output)
        isPassingOn = true
    }

    private mutating func flushField(into output: inout [UInt8]) {
        if isPassingOn {
            if fieldHasComma { output.append(CSVByte.quote) }
        } else if fieldHasComma {
            output.append(CSVByte.quote)
            appendHeld(into: &output)
            output.append(CSVByte.quote)
        } else {
            output += field
        }
        field.removeAll(keepingCapacity: true)
        fieldHasComma = false
        isPassingOn = false
    }

    /// Appends the held field, its quotes doubled when it is quoted, and empties it.
    private mutating func appendHeld(into output: inout [UInt8]) {
        if fieldHasComma {
            for byte in field {
                output.append(byte)
                if byte == CSVByte.quote { output.append(byte) }
            }
        } else {
            output += field
        }
        field.removeAll(keepingCapacity: true)
    }
}

/// The characters Windows-1252 gives the bytes 0x80–0x9F (the rest of its upper half is Latin-1).
enum Windows1252 {
    /// The scalar of a byte above 0x7F; `nil` for the five bytes the code page leaves undefined.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(UInt32(byte)) }
        let value = controlRange[Int(byte - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    private static let controlRange: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]
}
