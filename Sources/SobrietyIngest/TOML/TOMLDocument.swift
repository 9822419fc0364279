/// Reads TOML 1.0 text (budget files, brand files, export presets and mapping files) into a ``TOMLTable``.
///
/// Every malformed input is a ``SyntaxError`` naming its line, its column, what was found and what was
/// expected; nothing in it asserts or traps, which `Tests/Fuzz` checks under libFuzzer. (It replaces
/// TOMLKit, whose toml++ asserted on malformed text and leaked on every document: `Tests/Fuzz/Open`.)
struct TOMLDocument {
    /// Why TOML text could not be read: where, and what is wrong.
    struct SyntaxError: Error, Equatable {
        /// The 1-based line.
        var line: Int
        /// The 1-based column, in characters.
        var column: Int
        /// What was found and what was expected, starting "not valid TOML".
        var message: String

        /// The column and the message, for a message after the file and line: `column 7: not valid TOML: …`.
        var problem: String { "column \(column): \(message)" }
    }

    /// How deeply tables and arrays may nest, counting each part of a dotted key: deeper text is an
    /// error rather than a deep recursion.
    static let maximumDepth = 100

    /// Parses `contents`.
    ///
    /// - Throws: ``SyntaxError`` at the first problem.
    static func parse(_ contents: String) throws(SyntaxError) -> TOMLTable {
        var document = TOMLDocument(contents)
        try document.readLines()
        return document.root.table
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private let root = TOMLTableBuilder(definition: .header, depth: 0)
    private var current: TOMLTableBuilder

    private init(_ contents: String) {
        bytes = Array(contents.utf8)
        current = root
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    // MARK: Lines

    /// Reads the document: blank lines, comments, table headers and `key = value` lines.
    private mutating func readLines() throws(SyntaxError) {
        while true {
            skipBlanks()
            guard let byte = peek() else { return }
            switch byte {
            case Byte.newline, Byte.carriageReturn, Byte.hash:
                break
            case Byte.openBracket:
                try readHeader()
            default:
                try readKeyValue(into: current, depth: current.depth)
            }
            try endLine()
        }
    }

    /// After a line's content: blanks, an optional comment, then a line end or the end of the text.
    private mutating func endLine() throws(SyntaxError) {
        skipBlanks()
        if peek() == Byte.hash { try skipComment() }
        guard let byte = peek() else { return }
        guard try readNewline() else {
            throw failure("expected the end of the line, found \(describe(byte))")
        }
    }

    /// `[a.b]` or `[[a.b]]`, which makes the table it names the one later keys go into.
    private mutating func readHeader() throws(SyntaxError) {
        let header = mark()
        index += 1
        let isArray = peek() == Byte.openBracket
        if isArray { index += 1 }
        skipBlanks()
        let key = try readKey(depth: 0)
        skipBlanks()
        let closing = isArray ? "]]" : "]"
        for _ in 0..<(isArray ? 2 : 1) {
            guard peek() == Byte.closeBracket else {
                throw failure("expected \"\(closing)\" to close the table header, found \(describe(peek()))")
            }
            index += 1
        }
        do {
            current = try isArray ? root.appendTable(key, line: header.line) : root.defineTable(key, line: header.line)
        } catch {
            throw failure(error.message, at: header)
        }
    }

    /// `key = value`, its value set in `table`; `depth` is how deeply `table` is nested.
    private mutating func readKeyValue(into table: TOMLTableBuilder, depth: Int) throws(SyntaxError) {
        let start = mark()
        let key = try readKey(depth: depth)
        skipBlanks()
        guard peek() == Byte.equals else {
            throw failure(
                "expected \"=\" after the key \(TOMLTableBuilder.dotted(key)), found \(describe(peek()))"
            )
        }
        index += 1
        skipBlanks()
        let value = try readValue(depth: depth + key.count)
        do {
            try table.assign(key, value, line: start.line)
        } catch {
            throw failure(error.message, at: start)
        }
    }

    // MARK: Keys

    /// A key, dotted or not: bare parts and quoted ones, with blanks around the dots.
    private mutating func readKey(depth: Int) throws(SyntaxError) -> [String] {
        var parts: [String] = []
        while true {
            parts.append(try readSimpleKey())
            guard depth + parts.count <= Self.maximumDepth else {
                throw failure("the key nests more than \(Self.maximumDepth) tables deep")
            }
            skipBlanks()
            guard peek() == Byte.dot else { return parts }
            index += 1
            skipBlanks()
        }
    }

    private mutating func readSimpleKey() throws(SyntaxError) -> String {
        switch peek() {
        case Byte.quote:
            return try readBasicString()
        case Byte.apostrophe:
            return try readLiteralString()
        case let byte? where TOMLSyntax.isBareKey(byte):
            let start = index
            while let next = peek(), TOMLSyntax.isBareKey(next) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        case let other:
            throw failure("expected a key (letters, digits, \"_\", \"-\" or a quoted string), found \(describe(other))")
        }
    }

    // MARK: Values

    private mutating func readValue(depth: Int) throws(SyntaxError) -> TOMLValue {
        guard depth <= Self.maximumDepth else {
            throw failure("the value nests more than \(Self.maximumDepth) tables and arrays deep")
        }
        switch peek() {
        case Byte.quote:
            return .string(try startsTriple(Byte.quote) ? readMultilineBasicString() : readBasicString())
        case Byte.apostrophe:
            return .string(try startsTriple(Byte.apostrophe) ? readMultilineLiteralString() : readLiteralString())
        case Byte.openBracket:
            return try readArray(depth: depth)
        case Byte.openBrace:
            return try readInlineTable(depth: depth)
        case let byte? where TOMLSyntax.isScalarText(byte):
            return try readScalar()
        case let other:
            throw failure(
                "expected a value (a string, a number, true, false, a date, an array or an inline table), "
                    + "found \(describe(other))"
            )
        }
    }

    /// A number, a boolean or a date-time: the run of bytes they are written with, a date's space before
    /// its time included.
    private mutating func readScalar() throws(SyntaxError) -> TOMLValue {
        let start = mark()
        while let byte = peek(), TOMLSyntax.isScalarText(byte) { index += 1 }
        if index - start.index == 10, peek() == Byte.space, index + 3 < bytes.count,
            TOMLSyntax.isDigit(bytes[index + 1]), TOMLSyntax.isDigit(bytes[index + 2]), bytes[index + 3] == Byte.colon
        {
            index += 1
            while let byte = peek(), TOMLSyntax.isScalarText(byte) { index += 1 }
        }
        do {
            return try TOMLScalar.value(String(decoding: bytes[start.index..<index], as: UTF8.self))
        } catch {
            throw failure(error.message, at: start)
        }
    }

    /// `[1, 2, 3]`, over several lines if need be, with comments and a trailing comma allowed.
    private mutating func readArray(depth: Int) throws(SyntaxError) -> TOMLValue {
        index += 1
        var elements: [TOMLValue] = []
        while true {
            try skipBlanksAndNewlines()
            if peek() == Byte.closeBracket { break }
            elements.append(try readValue(depth: depth + 1))
            try skipBlanksAndNewlines()
            if peek() == Byte.comma {
                index += 1
            } else if peek() == Byte.closeBracket {
                break
            } else {
                throw failure("expected \",\" or \"]\" in the array, found \(describe(peek()))")
            }
        }
        index += 1
        return .array(elements)
    }

    /// `{ a = 1, b.c = "d" }`, on one line, without a trailing comma.
    private mutating func readInlineTable(depth: Int) throws(SyntaxError) -> TOMLValue {
        index += 1
        let table = TOMLTableBuilder(definition: .header, depth: depth)
        skipBlanks()
        if peek() == Byte.closeBrace {
            index += 1
            return .table(table.table)
        }
        while true {
            skipBlanks()
            try readKeyValue(into: table, depth: depth)
            skipBlanks()
            if peek() == Byte.comma {
                index += 1
            } else if peek() == Byte.closeBrace {
                index += 1
                return .table(table.table)
            } else {
                throw failure(
                    "expected \",\" or \"}\" in the inline table (which stays on one line), found \(describe(peek()))"
                )
            }
        }
    }

    // MARK: Strings

    private func startsTriple(_ quote: UInt8) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
    }

    /// `"…"` on one line, with escapes.
    private mutating func readBasicString() throws(SyntaxError) -> String {
        index += 1
        var text: [UInt8] = []
        while true {
            guard let byte = peek(), byte != Byte.newline, byte != Byte.carriageReturn else {
                throw failure("the string is not closed: expected \" before the end of the line")
            }
            if byte == Byte.quote {
                index += 1
                return String(decoding: text, as: UTF8.self)
            }
            if byte == Byte.backslash {
                try readEscape(into: &text)
            } else {
                try appendCharacter(byte, to: &text)
            }
        }
    }

    /// `"""…"""` over lines, with escapes and line-ending backslashes; a line end right after the opening
    /// quotes is not part of the text.
    private mutating func readMultilineBasicString() throws(SyntaxError) -> String {
        index += 3
        _ = try readNewline()
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw failure("the multi-line string is not closed: expected \"\"\" before the end of the file")
            }
            if byte == Byte.quote, let quotes = closingQuotes(Byte.quote) {
                text += repeatElement(Byte.quote, count: quotes - 3)
                return String(decoding: text, as: UTF8.self)
            }
            if byte == Byte.backslash, lineEndingBackslash() {
                index += 1
                try skipBlanksAndNewlines(comments: false)
            } else if byte == Byte.backslash {
                try readEscape(into: &text)
            } else if try readNewline() {
                text.append(Byte.newline)
            } else {
                try appendCharacter(byte, to: &text)
            }
        }
    }

    /// `'…'` on one line, as written.
    private mutating func readLiteralString() throws(SyntaxError) -> String {
        index += 1
        var text: [UInt8] = []
        while true {
            guard let byte = peek(), byte != Byte.newline, byte != Byte.carriageReturn else {
                throw failure("the string is not closed: expected ' before the end of the line")
            }
            if byte == Byte.apostrophe {
                index += 1
                return String(decoding: text, as: UTF8.self)
            }
            try appendCharacter(byte, to: &text)
        }
    }

    /// `'''…'''` over lines, as written; a line end right after the opening quotes is not part of the text.
    private mutating func readMultilineLiteralString() throws(SyntaxError) -> String {
        index += 3
        _ = try readNewline()
        var text: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw failure("the multi-line string is not closed: expected ''' before the end of the file")
            }
            if byte == Byte.apostrophe, let quotes = closingQuotes(Byte.apostrophe) {
                text += repeatElement(Byte.apostrophe, count: quotes - 3)
                return String(decoding: text, as: UTF8.self)
            }
            if try readNewline() {
                text.append(Byte.newline)
            } else {
                try appendCharacter(byte, to: &text)
            }
        }
    }

    /// At a run of three to five quotes, which closes a multi-line string (the extra ones are text),
    /// how many there are, consumed; `nil` for fewer, left to be read as text.
    private mutating func closingQuotes(_ quote: UInt8) -> Int? {
        var count = 0
        while index + count < bytes.count, bytes[index + count] == quote, count < 5 { count += 1 }
        guard count >= 3 else { return nil }
        index += count
        return count
    }

    /// Whether the backslash here ends its line (only blanks follow it), so that it and the blanks and
    /// line ends after it are left out of the text.
    private func lineEndingBackslash() -> Bool {
        var next = index + 1
        while next < bytes.count, bytes[next] == Byte.space || bytes[next] == Byte.tab { next += 1 }
        return next < bytes.count && (bytes[next] == Byte.newline || bytes[next] == Byte.carriageReturn)
    }

    /// `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`.
    private mutating func readEscape(into text: inout [UInt8]) throws(SyntaxError) {
        let start = mark()
        index += 1
        let escaped: UInt8
        switch peek() {
        case UInt8(ascii: "b"): escaped = 0x08
        case UInt8(ascii: "t"): escaped = Byte.tab
        case UInt8(ascii: "n"): escaped = Byte.newline
        case UInt8(ascii: "f"): escaped = 0x0C
        case UInt8(ascii: "r"): escaped = Byte.carriageReturn
        case Byte.quote: escaped = Byte.quote
        case Byte.backslash: escaped = Byte.backslash
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            try readUnicodeEscape(into: &text, start: start)
            return
        case let other:
            throw failure(
                "\\\(other.map { String(decoding: [$0], as: UTF8.self) } ?? "") is not an escape: expected "
                    + "\\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX or \\UXXXXXXXX",
                at: start
            )
        }
        index += 1
        text.append(escaped)
    }

    private mutating func readUnicodeEscape(into text: inout [UInt8], start: Mark) throws(SyntaxError) {
        let digitCount = peek() == UInt8(ascii: "u") ? 4 : 8
        index += 1
        let end = index + digitCount
        guard end <= bytes.count, bytes[index..<end].allSatisfy(TOMLSyntax.isHexDigit) else {
            throw failure("a \\u escape needs 4 hexadecimal digits and a \\U escape 8", at: start)
        }
        let digits = String(decoding: bytes[index..<end], as: UTF8.self)
        guard let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
            throw failure("U+\(digits) is not a Unicode scalar value, so it cannot be escaped", at: start)
        }
        index = end
        text += Array(String(Character(scalar)).utf8)
    }

    /// Appends the byte unless it is a control character, which no string may hold unescaped.
    private mutating func appendCharacter(_ byte: UInt8, to text: inout [UInt8]) throws(SyntaxError) {
        guard !TOMLSyntax.isControl(byte) else {
            throw failure(
                "a string holds the control character U+\(String(byte, radix: 16, uppercase: true).leftPadded): "
                    + "escape it, such as \\u\(String(byte, radix: 16, uppercase: true).leftPadded)"
            )
        }
        index += 1
        text.append(byte)
    }

    // MARK: Blanks, comments and line ends

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipBlanks() {
        while let byte = peek(), byte == Byte.space || byte == Byte.tab { index += 1 }
    }

    /// Blanks, line ends and (unless `comments` is false) comments, as arrays allow between values.
    private mutating func skipBlanksAndNewlines(comments: Bool = true) throws(SyntaxError) {
        while true {
            skipBlanks()
            if comments, peek() == Byte.hash {
                try skipComment()
            } else if try !readNewline() {
                return
            }
        }
    }

    /// From `#` to the end of the line, which it leaves to be read.
    private mutating func skipComment() throws(SyntaxError) {
        while let byte = peek(), byte != Byte.newline {
            if byte == Byte.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Byte.newline { return }
            guard !TOMLSyntax.isControl(byte) else {
                throw failure("a comment holds the control character U+\(String(byte, radix: 16).leftPadded)")
            }
            index += 1
        }
    }

    /// Reads a line end (LF or CRLF) here and counts the line; false if there is none.
    private mutating func readNewline() throws(SyntaxError) -> Bool {
        if peek() == Byte.carriageReturn {
            guard index + 1 < bytes.count, bytes[index + 1] == Byte.newline else {
                throw failure("a carriage return must be followed by a line feed")
            }
            index += 1
        }
        guard peek() == Byte.newline else { return false }
        index += 1
        line += 1
        lineStart = index
        return true
    }

    // MARK: Errors

    /// A place in the text, for an error found after reading on.
    private struct Mark {
        var index: Int
        var line: Int
        var lineStart: Int
    }

    private func mark() -> Mark { Mark(index: index, line: line, lineStart: lineStart) }

    /// The error at `place` (where the reading is, by default).
    private func failure(_ message: String, at place: Mark? = nil) -> SyntaxError {
        let place = place ?? mark()
        let offset = min(place.index, bytes.count)
        let column = String(decoding: bytes[place.lineStart..<offset], as: UTF8.self).count + 1
        return SyntaxError(line: place.line, column: column, message: "not valid TOML: \(message)")
    }

    /// What was found, for a message: the character quoted, a line end or the end of the file.
    private func describe(_ byte: UInt8?) -> String {
        guard let byte else { return "the end of the file" }
        if byte == Byte.newline || byte == Byte.carriageReturn { return "the end of the line" }
        if byte < 0x80 {
            return TOMLSyntax.isControl(byte)
                ? "the control character U+\(String(byte, radix: 16, uppercase: true).leftPadded)"
                : "\"\(String(decoding: [byte], as: UTF8.self))\""
        }
        let end = bytes[index...].dropFirst().firstIndex { $0 < 0x80 || $0 >= 0xC0 } ?? bytes.endIndex
        return "\"\(String(decoding: bytes[index..<end], as: UTF8.self))\""
    }
}

/// The bytes TOML's grammar names.
private enum Byte {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let hash = UInt8(ascii: "#")
    static let equals = UInt8(ascii: "=")
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
}

extension String {
    /// Hex digits padded to four, as in `U+0007`.
    fileprivate var leftPadded: String { String(repeating: "0", count: max(0, 4 - count)) + self }
}
