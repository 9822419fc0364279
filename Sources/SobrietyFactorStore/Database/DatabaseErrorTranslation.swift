import GRDB

/// Runs database work, turning every error it throws into a ``FactorStoreError`` about the store.
///
/// SQLite's "not a database" and "corrupt" results become ``FactorStoreError/notADatabase(path:)`` and
/// ``FactorStoreError/corrupt(path:details:)``; other SQLite errors keep SQLite's own message.
///
/// - Parameters:
///   - store: The store's path or name, for messages.
///   - work: The database work.
/// - Returns: What the work returns.
/// - Throws: A ``FactorStoreError``.
func translatingDatabaseErrors<Result>(
    store: String,
    _ work: () throws -> Result
) throws(FactorStoreError) -> Result {
    do {
        return try work()
    } catch let error as FactorStoreError {
        throw error
    } catch let error as DatabaseError {
        switch error.resultCode {
        case .SQLITE_NOTADB: throw .notADatabase(path: store)
        case .SQLITE_CORRUPT: throw .corrupt(path: store, details: error.message ?? "\(error)")
        default: throw .database(store: store, message: "\(error)")
        }
    } catch {
        throw .database(store: store, message: "\(error)")
    }
}
