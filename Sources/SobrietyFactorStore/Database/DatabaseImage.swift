import Foundation
import GRDB
import GRDBSQLite

/// The bytes of a SQLite database file, held in memory and opened without touching the file system.
///
/// The built-in factor store is such an image (``BundledFactorTables/databaseBase64``): opening it with
/// `sqlite3_deserialize` skips the parsing, importing, migrating and writing that building a store from
/// `Factors/` takes at every start-up.
struct DatabaseImage: Sendable {
    /// The database file, byte for byte.
    let bytes: [UInt8]

    /// An image from its bytes.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// An image from its bytes in Base64, line breaks allowed; `nil` when the text is not Base64.
    init?(base64: String) {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else { return nil }
        bytes = Array(data)
    }

    /// Replaces a connection's main database by a read-only copy of the image: writes then fail.
    ///
    /// - Parameter db: A connection, outside any transaction.
    /// - Throws: A `DatabaseError` when SQLite refuses the image.
    func loadReadOnly(into db: Database) throws {
        let size = Int64(bytes.count)
        guard let buffer = sqlite3_malloc64(UInt64(bytes.count)) else {
            throw DatabaseError(resultCode: .SQLITE_NOMEM, message: "no memory for a database image of \(size) bytes")
        }
        bytes.withUnsafeBytes { image in
            guard let start = image.baseAddress else { return }
            buffer.copyMemory(from: start, byteCount: image.count)
        }
        // SQLite owns the buffer from here, and frees it when the connection closes or the call fails.
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY)
        let code = sqlite3_deserialize(
            db.sqliteConnection,
            "main",
            buffer.assumingMemoryBound(to: UInt8.self),
            size,
            size,
            flags
        )
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot open a database image")
        }
        db.clearSchemaCache()
    }
}
