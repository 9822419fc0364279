public import SobrietyCore

/// Why a factor store could not be built, opened, read or written.
///
/// Each description names the file or store, says what is wrong and what to do about it.
public enum FactorStoreError: Error, Sendable, CustomStringConvertible {
    /// The factor tables have problems; each diagnostic names the file, line, column, value found and what was
    /// expected. At most 50 are listed; `truncated` says whether more were found.
    case invalidTables(problems: [Diagnostic], truncated: Bool)
    /// A folder of factor tables could not be listed or one of its files could not be read.
    case unreadableTables(path: String, reason: String)
    /// No file exists at the path given for a factor database.
    case fileNotFound(path: String)
    /// The path given for a factor database is a directory.
    case notAFile(path: String)
    /// The file given for a factor database is empty.
    case emptyFile(path: String)
    /// The file given for a factor database exists but cannot be read.
    case unreadableFile(path: String, reason: String)
    /// The file given for a factor database is not a SQLite database.
    case notADatabase(path: String)
    /// SQLite's `PRAGMA quick_check` found the database damaged.
    case corrupt(path: String, details: String)
    /// The file is a SQLite database, but not one built as a factor store.
    case notAFactorStore(path: String)
    /// The database was migrated by a newer version of Sobriety: it has migrations this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The database lacks migrations this version needs.
    case incompleteSchema(path: String, missingMigrations: [String])
    /// The database records every migration, but tables they create are missing: it was altered after it was built.
    case missingTables(path: String, tables: [String])
    /// The digest stored in the database does not match its content: it was changed after it was built.
    case digestMismatch(path: String, stored: String, computed: String)
    /// The database opened, but its content failed ``FactorStore/verify()``: each problem is one line, prefixed
    /// with the check that found it.
    case failedVerification(path: String, problems: [String])
    /// A stored row holds a value the factor set cannot have.
    case invalidContent(store: String, detail: String)
    /// A factor database could not be written; nothing was left at the path.
    case cannotWrite(path: String, reason: String)
    /// SQLite reported an error while reading or writing the store.
    case database(store: String, message: String)

    /// What is wrong, where, and what to do about it.
    public var description: String {
        switch self {
        case .invalidTables(let problems, let truncated):
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            let lines = problems.map { "  \($0)" }
            let more = truncated ? ["  (further problems not shown)"] : []
            return (["the factor tables have \(count):"] + lines + more).joined(separator: "\n")
        case .unreadableTables(let path, let reason):
            return "cannot read the factor tables at '\(path)': \(reason)"
        case .fileNotFound(let path):
            return "factor database '\(path)' does not exist; check the path, or create it with "
                + rebuildCommand(path)
        case .notAFile(let path):
            return "factor database '\(path)' is a directory, not a file; give the path of a factor database file, "
                + "or create one with \(rebuildCommand(Self.fileInside(directory: path)))"
        case .emptyFile(let path):
            return "factor database '\(path)' is empty (0 bytes); rebuild it with \(rebuildCommand(path))"
        case .unreadableFile(let path, let reason):
            return "cannot read factor database '\(path)': \(reason); check its permissions"
        case .notADatabase(let path):
            return "'\(path)' is not a SQLite database (it lacks the SQLite file header); give the path of a factor "
                + "database, or rebuild it with \(rebuildCommand(path))"
        case .corrupt(let path, let details):
            return "factor database '\(path)' is corrupt (PRAGMA quick_check: \(details)); rebuild it with "
                + rebuildCommand(path)
        case .notAFactorStore(let path):
            return "'\(path)' is a SQLite database but not a Sobriety factor store (its factor-store migrations were "
                + "never applied); give the path of a factor database, or create one with \(rebuildCommand(path))"
        case .newerSchema(let path, let unknownMigrations):
            return "factor database '\(path)' was written by a newer version of Sobriety (unknown migrations: "
                + "\(unknownMigrations.joined(separator: ", "))); update Sobriety, or rebuild it for this version with "
                + rebuildCommand(path)
        case .incompleteSchema(let path, let missingMigrations):
            return "factor database '\(path)' has an old or incomplete schema (missing migrations: "
                + "\(missingMigrations.joined(separator: ", "))); rebuild it with \(rebuildCommand(path))"
        case .missingTables(let path, let tables):
            return "factor database '\(path)' lacks the table\(tables.count == 1 ? "" : "s") "
                + "\(tables.joined(separator: ", ")) that its schema creates: it was altered after it was built; "
                + "restore the original file, or rebuild it with \(rebuildCommand(path))"
        case .digestMismatch(let path, let stored, let computed):
            return "factor database '\(path)' was modified after it was built: it records SHA-256 \(stored) but its "
                + "content hashes to \(computed); restore the original file, or rebuild it with "
                + rebuildCommand(path)
        case .failedVerification(let path, let problems):
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            return "factor database '\(path)' failed verification with \(count) and is refused:\n"
                + problems.map { "  \($0)\n" }.joined()
                + "  fix the rows named, or rebuild it with \(rebuildCommand(path)); "
                + "`audit factors verify --factors \(path)` lists every check"
        case .invalidContent(let store, let detail):
            return "factor store '\(store)' holds an invalid value: \(detail); rebuild it with "
                + rebuildCommand(store)
        case .cannotWrite(let path, let reason):
            return "cannot write factor database '\(path)': \(reason); nothing was written there (check that the "
                + "folder exists and is writable)"
        case .database(let store, let message):
            return "SQLite error in factor store '\(store)': \(message)"
        }
    }

    private func rebuildCommand(_ path: String) -> String {
        "`audit factors export --sqlite \(path)`"
    }

    private static func fileInside(directory: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + "factors.sqlite"
    }
}
