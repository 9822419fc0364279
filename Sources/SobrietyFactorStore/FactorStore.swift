import GRDB
public import SobrietyCore

/// The emission factors, their sources, platforms and countries, held in SQLite.
///
/// A store is built from the text tables of `Factors/` (``bundled()`` opens the store built from them and compiled
/// into the binary), or opened read-only from a database file. ``factorSet()`` loads the content as the core's ``FactorSet``.
/// The store owns its connection and never changes its content.
public struct FactorStore: Sendable {
    /// How messages name the store ``bundled()`` builds.
    private static let bundledName = "built-in factor set"
    /// How messages name a store built from tables given in memory.
    private static let inMemoryName = "in-memory factor store"

    private let reader: any DatabaseReader
    /// The store's path, or a description of where an in-memory store came from, for messages.
    private let name: String
    /// Whether the recorded digest is known to be the content's: true for a store this process built in memory
    /// from a set whose digest it computed, and for the built-in image, whose digest the tests check; nothing
    /// else can change either.
    private let isDigestKnownConsistent: Bool

    private init(reader: any DatabaseReader, name: String, isDigestKnownConsistent: Bool) {
        self.reader = reader
        self.name = name
        self.isDigestKnownConsistent = isDigestKnownConsistent
    }

    // MARK: - Building and opening

    /// The factor set built into the binary from `Factors/`, in memory: works from any directory, with no files.
    ///
    /// The store is the database image that building a store from `Factors/` gives, recorded by the tests
    /// (``BundledFactorTables``), opened read-only in memory: nothing is parsed or written at start-up. Its
    /// recorded digest is taken as its content's, which the tests check along with the image matching `Factors/`.
    ///
    /// - Returns: The store.
    /// - Throws: A ``FactorStoreError`` (only if the built-in image were broken, which the tests rule out).
    public static func bundled() throws -> FactorStore {
        guard let image = DatabaseImage(base64: BundledFactorTables.databaseBase64) else {
            throw FactorStoreError.database(store: bundledName, message: "the built-in database image is not Base64")
        }
        return try translatingDatabaseErrors(store: bundledName) {
            let queue = try DatabaseQueue()
            try queue.writeWithoutTransaction { db in try image.loadReadOnly(into: db) }
            return FactorStore(reader: queue, name: bundledName, isDigestKnownConsistent: true)
        }
    }

    /// Builds an in-memory store from factor tables given as text.
    ///
    /// - Parameter tables: Each file's name (such as `video.csv`) and contents. Names not ending in `.csv`
    ///   are ignored.
    /// - Returns: The store.
    /// - Throws: ``FactorStoreError/invalidTables(problems:truncated:)`` listing every problem in the tables.
    public static func build(fromTables tables: [(name: String, contents: String)]) throws -> FactorStore {
        try build(fromTables: tables, name: inMemoryName)
    }

    /// Builds an in-memory store from the `*.csv` files of a folder laid out as `Factors/`.
    ///
    /// - Parameter path: The folder's path.
    /// - Returns: The store.
    /// - Throws: ``FactorStoreError/unreadableTables(path:reason:)`` when the folder or a file cannot be read,
    ///   ``FactorStoreError/invalidTables(problems:truncated:)`` listing every problem in the tables.
    public static func build(fromDirectory path: String) throws -> FactorStore {
        try build(fromTables: FactorTableFolder.files(at: path), name: path)
    }

    private static func build(
        fromTables tables: [(name: String, contents: String)],
        name: String
    ) throws(FactorStoreError) -> FactorStore {
        let factorSet = try FactorTableImporter().factorSet(from: tables)
        return try translatingDatabaseErrors(store: name) {
            let queue = try DatabaseQueue()
            try FactorSchema.migrator.migrate(queue)
            try queue.write { db in try StoredFactorSet.write(factorSet, into: db) }
            return FactorStore(reader: queue, name: name, isDigestKnownConsistent: true)
        }
    }

    /// Opens a factor database file read-only, after checking that it is a sound factor store with this version's
    /// schema and that its content still has the digest recorded when it was built.
    ///
    /// - Parameter path: The database file's path.
    /// - Throws: A ``FactorStoreError`` naming the path and what is wrong: ``FactorStoreError/fileNotFound(path:)``,
    ///   ``FactorStoreError/notAFile(path:)``, ``FactorStoreError/emptyFile(path:)``,
    ///   ``FactorStoreError/notADatabase(path:)``, ``FactorStoreError/corrupt(path:details:)``,
    ///   ``FactorStoreError/notAFactorStore(path:)``, ``FactorStoreError/newerSchema(path:unknownMigrations:)``,
    ///   ``FactorStoreError/incompleteSchema(path:missingMigrations:)`` or
    ///   ``FactorStoreError/digestMismatch(path:stored:computed:)``.
    public init(path: String) throws {
        try DatabaseFileProbe.requireDatabaseFile(at: path)
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try translatingDatabaseErrors(store: path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in try Self.requireSoundStore(db, path: path) }
            return queue
        }
        self.init(reader: queue, name: path, isDigestKnownConsistent: false)
    }

    /// Opens a factor database file read-only, as ``init(path:)`` does, and refuses it unless every check of
    /// ``verify()`` passes: what an audit must use, so a row edited past its range or stripped of its source
    /// (even with the digest recomputed to match) never reaches a report.
    ///
    /// - Parameter path: The database file's path.
    /// - Returns: The store.
    /// - Throws: What ``init(path:)`` throws, or ``FactorStoreError/failedVerification(path:problems:)``.
    public static func verified(path: String) throws -> FactorStore {
        let store = try FactorStore(path: path)
        let verification = try store.verify()
        guard verification.passed else {
            throw FactorStoreError.failedVerification(path: path, problems: verification.problems)
        }
        return store
    }

    private static func requireSoundStore(_ db: Database, path: String) throws {
        let integrityProblems = try IntegrityCheck.problems(db)
        guard integrityProblems.isEmpty else {
            throw FactorStoreError.corrupt(path: path, details: integrityProblems.joined(separator: "; "))
        }
        if let schemaError = try SchemaVersion.of(db).error(path: path) { throw schemaError }
        let stored = try StoredFactorSet.read(db, store: path)
        guard stored.isDigestConsistent else {
            throw FactorStoreError.digestMismatch(
                path: path,
                stored: stored.recordedIdentity.sha256,
                computed: stored.factorSet.identity.sha256
            )
        }
    }

    // MARK: - Reading, exporting, verifying

    /// Loads the whole store as the core's immutable factor set.
    ///
    /// - Returns: The set; its identity's digest is computed from the content loaded (for a store built in memory,
    ///   it was computed from the same content when the store was built).
    /// - Throws: A ``FactorStoreError`` when the store cannot be read.
    public func factorSet() throws -> FactorSet {
        try translatingDatabaseErrors(store: name) {
            try reader.read { db in
                isDigestKnownConsistent
                    ? try StoredFactorSet.readWithRecordedIdentity(db, store: name)
                    : try StoredFactorSet.read(db, store: name).factorSet
            }
        }
    }

    /// Writes the store to a standalone SQLite file, replacing any file at the path all at once.
    ///
    /// The database is written to a temporary file in the same folder and renamed over the path when complete,
    /// so a failure never leaves a partial file.
    ///
    /// - Parameter path: The file to create or replace.
    /// - Throws: ``FactorStoreError/cannotWrite(path:reason:)``.
    public func export(toSQLite path: String) throws {
        try AtomicFileReplacement.replace(path) { temporaryPath in
            let destination = try DatabaseQueue(path: temporaryPath)
            try reader.backup(to: destination)
            try destination.close()
        }
    }

    /// Checks the store: integrity, schema version, digest, and the content rules the estimator relies on.
    ///
    /// - Returns: Every check performed with the problems it found; problems are reported, not thrown.
    /// - Throws: A ``FactorStoreError`` when the store cannot be read at all.
    public func verify() throws -> FactorStoreVerification {
        try translatingDatabaseErrors(store: name) {
            try reader.read { db in try FactorStoreVerifier(store: name).verify(db) }
        }
    }
}
