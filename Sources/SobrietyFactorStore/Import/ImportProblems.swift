import SobrietyCore

/// The problems found while importing factor tables, up to a limit.
struct ImportProblems: Sendable {
    /// The most problems kept; an import that finds more reports that the list is truncated.
    static let limit = 50

    /// The problems kept, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether more problems were found than ``limit``.
    private(set) var isTruncated = false

    /// Whether no problem was found.
    var isEmpty: Bool { diagnostics.isEmpty }

    /// Records a problem at a place in a file, or about a whole file when `location` is `nil`.
    mutating func add(_ location: SourceLocation?, code: String, _ message: String) {
        guard diagnostics.count < Self.limit else {
            isTruncated = true
            return
        }
        diagnostics.append(Diagnostic(severity: .error, code: code, location: location, message: message))
    }

    /// The error that reports every problem kept.
    var error: FactorStoreError {
        .invalidTables(problems: diagnostics, truncated: isTruncated)
    }
}
