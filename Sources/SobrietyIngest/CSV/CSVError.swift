/// A file that is not well-formed CSV (RFC 4180, UTF-8) at a given line.
struct CSVError: Error, Equatable {
    /// What is wrong.
    enum Problem: Equatable {
        /// A quoted field that opened on a line and never closes.
        case unterminatedQuote(openedOnLine: Int)
        /// A `"` inside a field that does not start with one.
        case strayQuote
        /// Characters between a closing `"` and the next separator.
        case textAfterClosingQuote
        /// A field longer than the limit; `quoteOpenedOnLine` when it is quoted.
        case fieldTooLong(limit: Int, quoteOpenedOnLine: Int?)
        /// A record longer than the limit.
        case recordTooLong(limit: Int)
        /// A record with more fields than the limit.
        case tooManyFields(limit: Int)
        /// Bytes that are not UTF-8.
        case invalidUTF8
        /// A NUL byte, typical of binary or UTF-16 files.
        case nulByte
    }

    /// The 1-based physical line where the record starts.
    var line: Int
    /// The 0-based position of the field in its record, when the problem is in one field.
    var fieldIndex: Int?
    /// What is wrong.
    var problem: Problem
    /// The text of the field around the problem, as ``CSVExcerpt`` writes it, when the problem is in one field.
    var excerpt: String?

    init(line: Int, fieldIndex: Int?, problem: Problem, excerpt: String? = nil) {
        self.line = line
        self.fieldIndex = fieldIndex
        self.problem = problem
        self.excerpt = excerpt
    }

    /// What is wrong and how to fix it, without the location.
    var message: String {
        let value = excerpt.map { " \($0)" } ?? ""
        return switch problem {
        case .unterminatedQuote(let openedOnLine):
            "quoted field\(value) opened on line \(openedOnLine) never closes; add the closing '\"'"
        case .strayQuote:
            "'\"' inside the unquoted field\(value); quote the whole field and double the quotes inside it"
        case .textAfterClosingQuote:
            "text after the closing '\"' of the quoted field\(value); quote the whole field and double the quotes "
                + "inside it"
        case .fieldTooLong(let limit, nil):
            "field\(value) longer than \(byteSize(limit)), the limit"
        case .fieldTooLong(let limit, let openedOnLine?):
            "quoted field\(value) opened on line \(openedOnLine) runs past \(byteSize(limit)); is its closing '\"' "
                + "missing?"
        case .recordTooLong(let limit):
            "row longer than \(byteSize(limit)), the limit"
        case .tooManyFields(let limit):
            "row has more than \(limit) fields, the limit"
        case .invalidUTF8:
            "bytes that are not UTF-8 in\(excerpt == nil ? " the line" : value); save the file as UTF-8"
        case .nulByte:
            "NUL byte\(excerpt == nil ? "" : " in\(value)"); save the file as UTF-8 text (not UTF-16 or a spreadsheet)"
        }
    }
}

/// A field's text around a problem, for a message: quoted, at most ``maximumBytes`` bytes of it (`…` where
/// it is cut), quotes and backslashes escaped, control characters as `\u{…}` and bytes that are not UTF-8
/// as `\x…`, so that the message shows exactly what the file holds.
enum CSVExcerpt {
    /// How many bytes of the field a message shows, before and after the problem together.
    static let maximumBytes = 40
    /// How many of them start at the problem, its own byte first.
    static let bytesAfterProblem = 10

    /// The excerpt of the field whose bytes are `field`, around the byte at `problem`.
    static func text(_ bytes: UnsafePointer<UInt8>, field: Range<Int>, problem: Int) -> String {
        let problem = min(max(problem, field.lowerBound), field.upperBound)
        var upper = min(field.upperBound, max(problem + bytesAfterProblem, field.lowerBound + maximumBytes))
        var lower = max(field.lowerBound, upper - maximumBytes)
        while lower > field.lowerBound, lower < upper, isContinuation(bytes[lower]) { lower += 1 }
        while upper < field.upperBound, upper > lower, isContinuation(bytes[upper]) { upper -= 1 }
        var text = lower > field.lowerBound ? "\"…" : "\""
        var index = lower
        while index < upper {
            let length = sequenceLength(bytes, at: index, end: upper)
            if length == 0 {
                text += "\\x" + String(bytes[index], radix: 16, uppercase: true)
                index += 1
                continue
            }
            let scalar = String(decoding: UnsafeBufferPointer(start: bytes + index, count: length), as: UTF8.self)
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            default:
                if length == 1, bytes[index] < 0x20 || bytes[index] == 0x7F {
                    text += "\\u{" + String(bytes[index], radix: 16, uppercase: true) + "}"
                } else {
                    text += scalar
                }
            }
            index += length
        }
        return text + (upper < field.upperBound ? "…\"" : "\"")
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 when it is not one.
    private static func sequenceLength(_ bytes: UnsafePointer<UInt8>, at index: Int, end: Int) -> Int {
        let lead = bytes[index]
        let length =
            switch lead {
            case 0x00...0x7F: 1
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 0
            }
        guard length > 1 else { return length }
        guard index + length <= end else { return 0 }
        let buffer = UnsafeRawBufferPointer(start: bytes + index, count: length)
        return buffer.isValidUTF8 ? length : 0
    }
}

/// `1 MiB` for whole mebibytes, otherwise `N bytes`.
private func byteSize(_ bytes: Int) -> String {
    bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
}
