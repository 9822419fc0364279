import SobrietyCore

/// Remembers where each id was first seen, so that a repeat can be reported with both places.
struct FirstOccurrences<ID: Hashable> {
    private var locations: [ID: SourceLocation] = [:]

    /// Whether the id has been seen.
    func contains(_ id: ID) -> Bool {
        locations[id] != nil
    }

    /// Records the id at a row's column; reports a problem and returns `false` when it was already seen.
    ///
    /// - Parameters:
    ///   - id: The id.
    ///   - name: The id as messages show it.
    ///   - row: The row it is on.
    ///   - column: The column the problem is reported at.
    ///   - unique: What must be unique, as messages name it, such as `id` or `(key, dimension)`.
    ///   - problems: Where a repeat is reported.
    /// - Returns: Whether the id was new.
    mutating func insert(
        _ id: ID,
        named name: String,
        at row: CSVRowReader,
        column: String,
        unique: String? = nil,
        _ problems: inout ImportProblems
    ) -> Bool {
        if let first = locations[id] {
            problems.add(
                row.location(column),
                code: "duplicate",
                "expected each \(unique ?? column) once, found \(name) again (first on \(first))"
            )
            return false
        }
        locations[id] = row.location(column)
        return true
    }
}
