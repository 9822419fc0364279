/// Collects the warnings of an audit, each distinct message once, in the order first seen.
public struct WarningCollector: Sendable {
    /// The warnings collected.
    public private(set) var warnings: [ReportWarning] = []
    private var seen: Set<String> = []

    /// Creates an empty collector.
    public init() {}

    /// Adds a warning unless the same code and message were already added.
    public mutating func add(code: String, message: String, line: Int? = nil) {
        guard seen.insert(code + "\u{0}" + message).inserted else { return }
        warnings.append(ReportWarning(code: code, message: message, line: line))
    }

    /// Adds a diagnostic as a warning.
    public mutating func add(_ diagnostic: Diagnostic) {
        add(code: diagnostic.code, message: diagnostic.description, line: diagnostic.location?.line)
    }
}
