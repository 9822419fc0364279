/// One record of a CSV file: its fields and the 1-based line it starts on.
struct CSVRecord: Sendable, Hashable {
    /// The physical line where the record starts (a quoted field may continue on later lines).
    var line: Int
    /// The fields, unquoted.
    var fields: [String]
}

/// A CSV file that does not follow RFC 4180, with the line where reading stopped.
struct CSVSyntaxError: Error, Sendable, Hashable {
    /// The 1-based line of the problem.
    var line: Int
    /// What was expected and what was found.
    var message: String
}
