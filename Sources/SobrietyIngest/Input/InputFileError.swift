/// An input file that cannot be opened or read, with the operating system's reason.
///
/// The command line maps ``Operation-swift.enum/open`` to exit code 66 and ``Operation-swift.enum/read`` to 74.
public struct InputFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being done when the file failed.
    public enum Operation: String, Sendable, Hashable {
        /// Opening the file: it is missing, a directory, or not readable.
        case open
        /// Reading the file after it was opened.
        case read
    }

    /// The file as the user named it.
    public var path: String
    /// Opening or reading.
    public var operation: Operation
    /// Why, in the operating system's words, such as `No such file or directory`.
    public var reason: String

    /// Creates the error.
    public init(path: String, operation: Operation, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// `cannot open PATH: REASON`.
    public var description: String { "cannot \(operation.rawValue) \(path): \(reason)" }
}
