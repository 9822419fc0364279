/// A place in an input file: its path, a 1-based line and, where one applies, the column's header name.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based physical line where the record starts.
    public var line: Int
    /// The column's header name, when the location is a cell.
    public var column: String?

    /// Creates a location.
    public init(file: String, line: Int, column: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line`, the prefix of every message about this place.
    public var description: String { "\(file):\(line)" }
}
