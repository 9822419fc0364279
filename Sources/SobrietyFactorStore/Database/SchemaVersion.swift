import GRDB

/// How a database's applied migrations compare with the ones this version of the store defines.
enum SchemaVersion: Sendable, Hashable {
    /// Every migration is applied, and no other.
    case current
    /// None of the store's migrations is applied: the database is something else.
    case foreign
    /// Migrations this version does not know are applied.
    case newer(unknownMigrations: [String])
    /// Some of the store's migrations are missing.
    case incomplete(missingMigrations: [String])
    /// Every migration is recorded, but tables they create are gone: the database was altered afterwards.
    case missingTables([String])

    /// Compares a database's applied migrations with ``FactorSchema/migrator``.
    ///
    /// - Parameter db: A connection to the database.
    /// - Returns: How the schema compares.
    /// - Throws: A GRDB error.
    static func of(_ db: Database) throws -> SchemaVersion {
        let migrator = FactorSchema.migrator
        let applied = try migrator.appliedIdentifiers(db)
        let known = migrator.migrations
        if applied.isDisjoint(with: known) { return .foreign }
        if try migrator.hasBeenSuperseded(db) { return .newer(unknownMigrations: applied.subtracting(known).sorted()) }
        let completed = try migrator.completedMigrations(db)
        if completed.count < known.count {
            return .incomplete(missingMigrations: Array(known.dropFirst(completed.count)))
        }
        let missing = try FactorSchema.tableNames.filter { try !db.tableExists($0) }
        return missing.isEmpty ? .current : .missingTables(missing)
    }

    /// The error opening a database with this schema raises, or `nil` when the schema is current.
    ///
    /// - Parameter path: The database's path.
    /// - Returns: The error, if any.
    func error(path: String) -> FactorStoreError? {
        switch self {
        case .current: nil
        case .foreign: .notAFactorStore(path: path)
        case .newer(let unknownMigrations): .newerSchema(path: path, unknownMigrations: unknownMigrations)
        case .incomplete(let missingMigrations): .incompleteSchema(path: path, missingMigrations: missingMigrations)
        case .missingTables(let tables): .missingTables(path: path, tables: tables)
        }
    }
}
