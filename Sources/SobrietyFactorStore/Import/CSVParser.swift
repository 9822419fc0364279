/// Splits RFC 4180 CSV text into records.
///
/// Fields may be quoted (`"a, b"`, with `""` for a quote) and quoted fields may span lines. Lines end
/// with `\n` or `\r\n`; a line break inside a quoted field reads as `\n` either way, so a file's content does
/// not depend on its line endings. Empty lines are skipped. The factor tables are small, so the whole text is
/// read at once.
struct CSVParser {
    private static let quote: Unicode.Scalar = "\""
    private static let comma: Unicode.Scalar = ","
    private static let lineFeed: Unicode.Scalar = "\n"
    private static let carriageReturn: Unicode.Scalar = "\r"
    private static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1

    /// Creates a parser over a file's text.
    init(text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == Self.byteOrderMark { scalars.removeFirst() }
        self.scalars = scalars
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
        guard position < scalars.count else { return nil }
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
        var field = String.UnicodeScalarView()
        while let scalar = current, scalar != Self.comma, !isAtLineEnd {
            if scalar == Self.quote {
                throw CSVSyntaxError(
                    line: line,
                    message: "expected a quote only at the start of a field (quote the whole field and double "
                        + "the quote), found a quote inside an unquoted field"
                )
            }
            field.append(scalar)
            position += 1
        }
        return String(field)
    }

    private mutating func quotedField() throws(CSVSyntaxError) -> String {
        let openingLine = line
        position += 1
        var field = String.UnicodeScalarView()
        while true {
            guard let scalar = current else {
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
            if scalar == Self.quote {
                guard current == Self.quote else { break }
                position += 1
            }
            field.append(scalar)
        }
        if let scalar = current, scalar != Self.comma, !isAtLineEnd {
            throw CSVSyntaxError(
                line: line,
                message: "expected a comma or the end of the line after a closing quote, found \"\(scalar)\""
            )
        }
        return String(field)
    }

    private var current: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    private var isAtLineEnd: Bool {
        guard let scalar = current else { return true }
        if scalar == Self.lineFeed { return true }
        let next = position + 1 < scalars.count ? scalars[position + 1] : nil
        return scalar == Self.carriageReturn && next == Self.lineFeed
    }

    private mutating func consumeLineEnd() {
        guard position < scalars.count else { return }
        position += current == Self.carriageReturn ? 2 : 1
        line += 1
    }
}
