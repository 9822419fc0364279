/// A problem found in the input: an error stops the audit, a warning is listed in the report.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input cannot be audited honestly.
        case error
        /// The audit goes on; the report lists it.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// A stable, machine-readable code such as `unknown-column`.
    public var code: String
    /// Where, when it is about a place in a file.
    public var location: SourceLocation?
    /// What is wrong and what was expected, without the location prefix.
    public var message: String

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, location: SourceLocation?, message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }

    /// `file:line: column 'name': message`, as the contract prints it.
    public var description: String {
        guard let location else { return message }
        if let column = location.column { return "\(location): column '\(column)': \(message)" }
        return "\(location): \(message)"
    }
}

/// The input errors that stopped an audit, in file order (at most a limit of them).
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    /// The errors found, in the order of the file.
    public var diagnostics: [Diagnostic]
    /// Whether more errors were found than are listed.
    public var truncated: Bool

    /// Creates the error from its diagnostics.
    public init(diagnostics: [Diagnostic], truncated: Bool = false) {
        self.diagnostics = diagnostics
        self.truncated = truncated
    }

    /// Every error, one per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
            + (truncated ? "\n(further errors not shown)" : "")
    }
}

extension Diagnostic: Error {}
