import GRDB

/// SQLite's `PRAGMA quick_check`: a fast check of the database file's structure.
enum IntegrityCheck {
    /// The only row `quick_check` returns for a sound database.
    private static let soundResult = "ok"

    /// The problems `quick_check` reports; empty for a sound database.
    ///
    /// - Parameter db: A connection to the database.
    /// - Returns: SQLite's messages, one per problem.
    /// - Throws: A GRDB error, such as `SQLITE_CORRUPT` when the damage stops the check itself.
    static func problems(_ db: Database) throws -> [String] {
        let rows = try String.fetchAll(db, sql: "PRAGMA quick_check")
        return rows == [soundResult] ? [] : rows
    }
}
