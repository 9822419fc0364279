/// Splits RFC 4180 CSV text into records.
///
/// Fields may be quoted (`"a, b"`, with `""` for a quote) and quoted fields may span lines. Lines end
/// with `\n` or `\r\n`; a line break inside a quoted field reads as `\n` either way, so a file's content does
/// not depend on its line endings. Empty lines are skipped. The factor tables are small, so the whole text is
/// read at once.
///
/// The parser walks the text's UTF-8 bytes: every delimiter is ASCII, and no byte of a multi-byte UTF-8
/// sequence is ASCII, so fields are cut between whole characters.
struct CSVParser {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    /// U+FEFF in UTF-8.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// The most bytes one UTF-8 character takes.
    private static let maximumCharacterBytes = 4

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1

    /// Creates a parser over a file's text.
    init(text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: Self.byteOrderMark) { bytes.removeFirst(Self.byteOrderMark.count) }
        self.bytes = bytes
    }

    /// Every non-empty record of the text, in order.
    static func records(in text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        var parser = CSVParser(text: text)
        var records: [CSVRecord] = []
        while let record = try parser.nextRecord() {
            if record.fields != [""] { records.append(record) }
        }
        return records
    }

    private mutating func nextRecord() throws(CSVSyntaxError) -> CSVRecord? {
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        while true {
            fields.append(try nextField())
            if current == Self.comma {
                position += 1
                continue
            }
            consumeLineEnd()
            return CSVRecord(line: startLine, fields: fields)
        }
    }

    private mutating func nextField() throws(CSVSyntaxError) -> String {
        current == Self.quote ? try quotedField() : try unquotedField()
    }

    private mutating func unquotedField() throws(CSVSyntaxError) -> String {
        let start = position
        while let byte = current, byte != Self.comma, !isAtLineEnd {
            if byte == Self.quote {
                throw CSVSyntaxError(
                    line: line,
                    message: "expected a quote only at the start of a field (quote the whole field and double "
                        + "the quote), found a quote inside an unquoted field"
                )
            }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func quotedField() throws(CSVSyntaxError) -> String {
        let openingLine = line
        position += 1
        var field: [UInt8] = []
        while true {
            guard let byte = current else {
                throw CSVSyntaxError(
                    line: openingLine,
                    message: "expected a closing quote for the field opened on this line, found the end of the file"
                )
            }
            if isAtLineEnd {
                consumeLineEnd()
                field.append(Self.lineFeed)
                continue
            }
            position += 1
            if byte == Self.quote {
                guard current == Self.quote else { break }
                position += 1
            }
            field.append(byte)
        }
        if let byte = current, byte != Self.comma, !isAtLineEnd {
            throw CSVSyntaxError(
                line: line,
                message: "expected a comma or the end of the line after a closing quote, found \"\(currentCharacter)\""
            )
        }
        return String(decoding: field, as: UTF8.self)
    }

    private var current: UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// The whole character that starts at the current byte, for messages.
    private var currentCharacter: Unicode.Scalar {
        let text = String(decoding: bytes[position...].prefix(Self.maximumCharacterBytes), as: UTF8.self)
        return text.unicodeScalars.first ?? "\u{FFFD}"
    }

    private var isAtLineEnd: Bool {
        guard let byte = current else { return true }
        if byte == Self.lineFeed { return true }
        let next = position + 1 < bytes.count ? bytes[position + 1] : nil
        return byte == Self.carriageReturn && next == Self.lineFeed
    }

    private mutating func consumeLineEnd() {
        guard position < bytes.count else { return }
        position += current == Self.carriageReturn ? 2 : 1
        line += 1
    }
}
