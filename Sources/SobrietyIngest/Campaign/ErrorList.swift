import SobrietyCore

/// The errors found so far, up to a limit; one more than the limit marks the list as truncated.
struct ErrorList {
    /// How many errors are kept.
    let limit: Int
    /// The errors kept, in the order they were found.
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether an error beyond the limit was found.
    private(set) var isTruncated = false

    /// Creates an empty list that keeps at most `limit` errors.
    init(limit: Int) {
        self.limit = limit
    }

    /// Whether no error was found.
    var isEmpty: Bool { diagnostics.isEmpty }

    /// Adds an error, or marks the list truncated when it is full.
    mutating func append(_ diagnostic: Diagnostic) {
        if diagnostics.count < limit { diagnostics.append(diagnostic) } else { isTruncated = true }
    }

    /// Adds the errors of a later part of the file, read apart; they follow these ones.
    mutating func append(contentsOf later: ErrorList) {
        for diagnostic in later.diagnostics { append(diagnostic) }
        if later.isTruncated { isTruncated = true }
    }

    /// Adds errors found later in a second look at the file, keeping file order and the limit.
    mutating func merge(_ more: [Diagnostic]) {
        let all = (diagnostics + more).sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        diagnostics = Array(all.prefix(limit))
        isTruncated = isTruncated || all.count > limit
    }

    /// The thrown form.
    var inputErrors: InputErrors {
        InputErrors(diagnostics: diagnostics, truncated: isTruncated)
    }
}
