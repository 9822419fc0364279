import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file all at once: to a temporary file beside it, renamed over the path only when complete.
///
/// A failed write leaves the path as it was and no temporary file behind; a path that is a device, pipe or
/// folder is refused rather than replaced.
enum AtomicFileReplacement {
    /// The files SQLite may create beside a database while writing it.
    private static let sqliteCompanionSuffixes = ["-journal", "-wal", "-shm"]

    /// Lets `write` fill a temporary file, then renames it to `path`, replacing any file there.
    ///
    /// - Parameters:
    ///   - path: The file to create or replace.
    ///   - write: Writes the complete file at the temporary path it is given.
    /// - Throws: ``FactorStoreError/cannotWrite(path:reason:)``.
    static func replace(_ path: String, write: (String) throws -> Void) throws(FactorStoreError) {
        // A device or pipe (`/dev/full`) must not be renamed over: a database is only ever a regular file.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw .cannotWrite(path: path, reason: "it exists and is not a regular file")
        }
        let destination = URL(fileURLWithPath: path)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
            .path
        do {
            try write(temporary)
            guard rename(temporary, path) == 0 else {
                throw RenameError(reason: String(cString: strerror(errno)))
            }
        } catch {
            for companion in [temporary] + sqliteCompanionSuffixes.map({ temporary + $0 }) {
                try? FileManager.default.removeItem(atPath: companion)
            }
            throw .cannotWrite(path: path, reason: reason(for: error))
        }
    }

    private static func reason(for error: any Error) -> String {
        (error as? RenameError)?.reason ?? (error as? FactorStoreError)?.description ?? "\(error)"
    }

    private struct RenameError: Error {
        var reason: String
    }
}
