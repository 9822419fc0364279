import Foundation

/// Checks that a path names a readable SQLite file before SQLite opens it, so each wrong kind of path gets its
/// own clear error instead of a generic SQLite one.
enum DatabaseFileProbe {
    /// The 16 bytes every SQLite 3 database file starts with.
    private static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Throws unless the path is an existing, non-empty file that starts with the SQLite header.
    ///
    /// - Parameter path: The database file's path.
    /// - Throws: ``FactorStoreError/fileNotFound(path:)``, ``FactorStoreError/notAFile(path:)``,
    ///   ``FactorStoreError/unreadableFile(path:reason:)``, ``FactorStoreError/emptyFile(path:)`` or
    ///   ``FactorStoreError/notADatabase(path:)``.
    static func requireDatabaseFile(at path: String) throws(FactorStoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else { throw .notAFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadableFile(path: path, reason: "it cannot be opened for reading")
        }
        defer { try? handle.close() }
        let header: Data
        do {
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw .unreadableFile(path: path, reason: error.localizedDescription)
        }
        guard !header.isEmpty else { throw .emptyFile(path: path) }
        guard Array(header) == sqliteHeader else { throw .notADatabase(path: path) }
    }
}
