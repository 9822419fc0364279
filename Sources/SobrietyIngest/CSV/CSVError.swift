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

    /// What is wrong and how to fix it, without the location.
    var message: String {
        switch problem {
        case .unterminatedQuote(let openedOnLine):
            "quoted field opened on line \(openedOnLine) never closes; add the closing '\"'"
        case .strayQuote:
            "'\"' inside an unquoted field; quote the whole field and double the quotes inside it"
        case .textAfterClosingQuote:
            "text after the closing '\"' of a quoted field; quote the whole field and double the quotes inside it"
        case .fieldTooLong(let limit, nil):
            "field longer than \(byteSize(limit)), the limit"
        case .fieldTooLong(let limit, let openedOnLine?):
            "quoted field opened on line \(openedOnLine) runs past \(byteSize(limit)); is its closing '\"' missing?"
        case .recordTooLong(let limit):
            "row longer than \(byteSize(limit)), the limit"
        case .tooManyFields(let limit):
            "row has more than \(limit) fields, the limit"
        case .invalidUTF8:
            "bytes that are not UTF-8; save the file as UTF-8"
        case .nulByte:
            "NUL byte; save the file as UTF-8 text (not UTF-16 or a spreadsheet)"
        }
    }
}

/// `1 MiB` for whole mebibytes, otherwise `N bytes`.
private func byteSize(_ bytes: Int) -> String {
    bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
}
