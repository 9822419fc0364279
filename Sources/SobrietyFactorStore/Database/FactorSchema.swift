import GRDB

/// The factor store's schema, as GRDB migrations.
///
/// Migrations use string table and column names, never application types, and a migration that has shipped
/// never changes: a new schema is a new migration.
enum FactorSchema {
    /// The migration that creates the five tables of the first schema.
    static let createFactorTables = "v1-create-factor-tables"

    /// The tables the migrations create, which a sound store has every one of.
    static let tableNames = ["factor_set", "sources", "factors", "platforms", "countries"]

    /// Every migration of the schema, in order.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(createFactorTables, migrate: createTables)
        return migrator
    }()

    private static func createTables(_ db: Database) throws {
        try db.create(table: "factor_set", options: .strict) { table in
            table.primaryKey("id", .integer).check(sql: "id = 1")
            table.column("name", .text).notNull().check(sql: "name <> ''")
            table.column("version", .text).notNull().check(sql: "version <> ''")
            table.column("sha256", .text).notNull().check(sql: "length(sha256) = 64")
        }
        try db.create(table: "sources", options: .strict) { table in
            table.primaryKey("id", .text).check(sql: "id <> ''")
            table.column("publisher", .text).notNull()
            table.column("title", .text).notNull()
            table.column("year", .integer).notNull()
            table.column("url", .text).notNull()
            table.column("licence", .text).notNull()
        }
        try db.create(table: "factors", options: .strict) { table in
            table.column("key", .text).notNull().check(sql: "key <> ''")
            table.column("dimension", .text).check(sql: "dimension <> ''")
            table.column("value", .real).notNull()
            table.column("low", .real).notNull()
            table.column("high", .real).notNull()
            table.column("unit", .text).notNull().check(sql: "unit <> ''")
            table.column("source", .text).notNull().references("sources")
            table.column("year", .integer).notNull()
            table.column("note", .text).notNull().check(sql: "note <> ''")
            table.check(sql: "low <= value AND value <= high")
        }
        // UNIQUE(key, dimension) would let two rows share a key with no dimension (SQLite's NULLs are distinct),
        // so the unique index reads a missing dimension as ''; the CHECK above keeps '' itself out.
        try db.execute(sql: "CREATE UNIQUE INDEX factors_key_dimension ON factors(key, ifnull(dimension, ''))")
        try db.create(table: "platforms", options: .strict) { table in
            table.primaryKey("key", .text).check(sql: "key <> ''")
            table.column("name", .text).notNull()
            table.column("channel", .text).notNull()
            table.column("default_format", .text).notNull()
            table.column("default_buying", .text).notNull()
            table.column("mfa_applies", .integer).notNull().check(sql: "mfa_applies IN (0, 1)")
            table.column("source", .text).notNull().references("sources")
            table.column("note", .text).notNull()
        }
        try db.create(table: "countries", options: .strict) { table in
            table.primaryKey("alpha2", .text).check(sql: "alpha2 <> ''")
            table.column("alpha3", .text).notNull()
            table.column("name", .text).notNull()
        }
    }
}
