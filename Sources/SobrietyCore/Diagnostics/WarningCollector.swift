/// Collects the warnings of an audit, each distinct message once, in the order first seen.
public struct WarningCollector: Sendable {
    /// The warnings collected.
    public private(set) var warnings: [ReportWarning] = []
    private var seen: Set<String> = []

    /// Creates an empty collector.
    public init() {}

    /// Adds a warning unless one with the same identity was already added.
    ///
    /// - Parameters:
    ///   - code: The warning's stable code.
    ///   - message: The message, with its location prefix.
    ///   - line: The 1-based input line, when the warning is about one.
    ///   - file: The input file, when the warning is about one.
    ///   - identity: What makes the warning distinct; by default its code and message. A warning
    ///     about a value that many lines share names the value here, so it is listed once.
    public mutating func add(
        code: String,
        message: String,
        line: Int? = nil,
        file: String? = nil,
        once identity: String? = nil
    ) {
        guard seen.insert(identity ?? (code + "\u{0}" + message)).inserted else { return }
        warnings.append(ReportWarning(code: code, message: message, line: line, file: file))
    }

    /// Adds a diagnostic as a warning.
    public mutating func add(_ diagnostic: Diagnostic) {
        add(
            code: diagnostic.code,
            message: diagnostic.description,
            line: diagnostic.location?.line,
            file: diagnostic.location?.file
        )
    }
}
