import TOMLKit

/// TOML text parsed into a table, with the inputs that would abort the parser turned into errors.
///
/// TOMLKit's parser, toml++, is built with its assertions on, and two states that malformed text can
/// reach are asserted rather than reported: the process would die (signal 6) instead of showing an error.
/// ``parse(_:)`` looks for them first (found by `Tests/Fuzz/run-fuzzers.sh`; see `Tests/Fuzz/Open/README.md`).
enum TOMLDocument {
    /// Why TOML text could not be parsed: the 1-based line, when known, and what is wrong.
    struct SyntaxError: Error {
        var line: Int?
        var message: String
    }

    /// Parses `contents`.
    ///
    /// - Throws: ``SyntaxError`` naming the line of the problem.
    static func parse(_ contents: String) throws(SyntaxError) -> TOMLTable {
        try rejectParserAssertions(in: contents)
        do {
            return try TOMLTable(string: contents)
        } catch let error as TOMLParseError {
            throw SyntaxError(line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw SyntaxError(line: nil, message: "not valid TOML")
        }
    }

    /// Throws on the text toml++ asserts on: a missing value after `[` or `,` (`x = [}`), a key in a table
    /// header starting with anything but a bare-key character or a quote (`[#x]`, `[ = 1]`, `[a.#b]`),
    /// and a date whose `T` or space is not followed by a time (`1979-05-27Tl07:32:00`, `1979-05-27 0`), outside
    /// strings.
    private static func rejectParserAssertions(in contents: String) throws(SyntaxError) {
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = Array(unquoted(line).utf8)
            if let first = code.firstIndex(where: { $0 != space && $0 != tab }), code[first] == openBracket {
                if keyStartsBadly(code[first...]) {
                    throw SyntaxError(
                        line: index + 1,
                        message:
                            "not valid TOML: a table header's key must start with a letter, digit, '_', '-' or a quote"
                    )
                }
            }
            if hasDateTimeWithoutTime(code) {
                throw SyntaxError(
                    line: index + 1,
                    message: "not valid TOML: a date's 'T' or space must be followed by a time"
                )
            }
            if hasMissingArrayValue(code) {
                throw SyntaxError(line: index + 1, message: "not valid TOML: a value is missing after '[' or ','")
            }
        }
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
    private static let dot = UInt8(ascii: ".")
    private static let hash = UInt8(ascii: "#")
    private static let dash = UInt8(ascii: "-")
    private static let comma = UInt8(ascii: ",")
    private static let colon = UInt8(ascii: ":")
    private static let closeBrace = UInt8(ascii: "}")
    private static let quoteMark = UInt8(ascii: "\"")

    /// Whether, in a header line, a `[` or `.` before the first `]` is followed (after blanks) by anything but a
    /// bare-key character (`A-Z a-z 0-9 _ -`), a quote, another `[` or the closing `]`.
    private static func keyStartsBadly(_ header: ArraySlice<UInt8>) -> Bool {
        var expectingKey = false
        for byte in header {
            if byte == closeBracket { return false }
            if byte == openBracket || byte == dot {
                expectingKey = true
            } else if byte == space || byte == tab {
                continue
            } else if expectingKey {
                if !isKeyStart(byte) { return true }
                expectingKey = false
            }
        }
        return false
    }

    /// A bare-key character or a quote (``unquoted(_:)`` keeps a string's opening quote as `"`).
    private static func isKeyStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), dash, quoteMark:
            true
        default:
            false
        }
    }

    /// Whether a `[` or `,` is followed (after blanks) by `,` or `}`, where a value must come (`x = [}`).
    private static func hasMissingArrayValue(_ code: [UInt8]) -> Bool {
        var expectingValue = false
        for byte in code {
            if byte == space || byte == tab { continue }
            if expectingValue, byte == comma || byte == closeBrace { return true }
            expectingValue = byte == openBracket || byte == comma
        }
        return false
    }

    /// Whether the text holds a date `DDDD-DD-DD` followed by `T` or `t` and anything but a digit, or by a space
    /// and a digit that does not start a time `DD:DD`.
    private static func hasDateTimeWithoutTime(_ code: [UInt8]) -> Bool {
        let digit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let date: [(UInt8) -> Bool] = [
            digit, digit, digit, digit, { $0 == dash }, digit, digit, { $0 == dash }, digit, digit,
        ]
        let time: [(UInt8) -> Bool] = [digit, digit, { $0 == colon }, digit, digit]
        func matches(_ pattern: [(UInt8) -> Bool], at start: Int) -> Bool {
            start + pattern.count <= code.count && zip(pattern, code[start...]).allSatisfy { $0($1) }
        }
        for start in code.indices where matches(date, at: start) {
            let next = start + date.count
            guard next < code.count else { continue }
            switch code[next] {
            case UInt8(ascii: "T"), UInt8(ascii: "t"):
                if !matches(time, at: next + 1) { return true }
            case space:
                if next + 1 < code.count, digit(code[next + 1]), !matches(time, at: next + 1) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// The line with its quoted strings blanked but for an opening `"`, and its comment removed (approximately:
    /// enough for the checks; a line of a multi-line array that opens a nested array of inline tables, `[{`, is
    /// taken for a header and refused).
    private static func unquoted(_ line: Substring) -> String {
        var result = ""
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
                result.append(" ")
            } else if character == "\"" || character == "'" {
                quote = character
                result.append("\"")
            } else if character == "#" {
                // A `#` right after `[` or `.` in a header is what the header check looks for; elsewhere a comment.
                let trimmed = result.trimmingTrailingBlanks
                if let last = trimmed.last, last == "[" || last == "." {
                    result.append(character)
                } else {
                    break
                }
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    fileprivate var trimmingTrailingBlanks: Substring {
        self[..<(lastIndex { $0 != " " && $0 != "\t" }.map(index(after:)) ?? startIndex)]
    }
}
