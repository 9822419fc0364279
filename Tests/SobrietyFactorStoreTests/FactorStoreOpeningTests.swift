import Foundation
import GRDB
import SobrietyCore
import SobrietyFactorStore
import Testing

@Suite struct FactorStoreOpeningTests {
    private let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// A sound factor database built from the fixture.
    private func exportedStore(named name: String = "factors.sqlite") throws -> String {
        let path = directory.file(name)
        try FactorTableFixture().store().export(toSQLite: path)
        return path
    }

    /// Opens a database file read-write with plain GRDB, as another program could, and changes it.
    private func modify(_ path: String, foreignKeys: Bool = true, _ change: (Database) throws -> Void) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = foreignKeys
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in try change(db) }
        try queue.close()
    }

    /// The error opening the path throws, or `nil` when it opens.
    private func openingError(_ path: String) -> FactorStoreError? {
        do {
            _ = try FactorStore(path: path)
            return nil
        } catch {
            return error as? FactorStoreError
        }
    }

    @Test func opensASoundDatabase() throws {
        let store = try FactorStore(path: exportedStore())

        #expect(try store.factorSet().identity.name == "fixture-set")
    }

    @Test func opensReadOnly() throws {
        // Given a store opened from a file whose permissions allow writing
        let path = try exportedStore()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // When it is read and verified
        let store = try FactorStore(path: path)
        _ = try store.factorSet()
        _ = try store.verify()

        // Then the file is unchanged and no journal was created
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try directory.contents() == ["factors.sqlite"])
    }

    @Test func rejectsAMissingFile() {
        let path = directory.file("missing.sqlite")

        #expect(
            openingError(path)?.description
                == "factor database '\(path)' does not exist; check the path, or create it with "
                + "`audit factors export --sqlite \(path)`"
        )
    }

    @Test func rejectsADirectory() {
        #expect(
            openingError(directory.path)?.description
                == "factor database '\(directory.path)' is a directory, not a file; give the path of a factor "
                + "database file, or create one with `audit factors export --sqlite \(directory.path)/factors.sqlite`"
        )
    }

    @Test func rejectsAnEmptyFile() throws {
        let path = try directory.write("empty.sqlite", "")

        #expect(
            openingError(path)?.description
                == "factor database '\(path)' is empty (0 bytes); rebuild it with "
                + "`audit factors export --sqlite \(path)`"
        )
    }

    @Test func rejectsATextFile() throws {
        let path = try directory.write("factors.csv", "key,dimension,value\ngrid.intensity,FR,56\n")

        #expect(
            openingError(path)?.description
                == "'\(path)' is not a SQLite database (it lacks the SQLite file header); give the path of a factor "
                + "database, or rebuild it with `audit factors export --sqlite \(path)`"
        )
    }

    @Test func rejectsAShortFileThatStartsLikeSQLite() throws {
        let path = try directory.write("short.sqlite", "SQLite")

        guard case .notADatabase(path) = openingError(path) else {
            Issue.record("expected notADatabase, got \(String(describing: openingError(path)))")
            return
        }
    }

    @Test func rejectsADamagedDatabase() throws {
        // Given a sound database whose pages after the first are overwritten with garbage
        let path = try exportedStore()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4_096
        for index in pageSize..<bytes.count { bytes[index] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))

        // Then opening it reports corruption
        guard case .corrupt(path, _) = openingError(path) else {
            Issue.record("expected corrupt, got \(String(describing: openingError(path)))")
            return
        }
        #expect(openingError(path)?.description.hasPrefix("factor database '\(path)' is corrupt (") == true)
    }

    @Test func rejectsADatabaseWithAForeignSchema() throws {
        // Given a database another program made with GRDB
        let path = directory.file("players.sqlite")
        try modify(path) { db in
            try db.create(table: "player") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text)
            }
        }

        // Then it is not taken for a factor store
        #expect(
            openingError(path)?.description
                == "'\(path)' is a SQLite database but not a Sobriety factor store (its factor-store migrations "
                + "were never applied); give the path of a factor database, or create one with "
                + "`audit factors export --sqlite \(path)`"
        )
    }

    @Test func rejectsADatabaseMigratedByAnotherApplication() throws {
        let path = directory.file("other.sqlite")
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-create-players") { db in
            try db.create(table: "player") { table in table.autoIncrementedPrimaryKey("id") }
        }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.close()

        guard case .notAFactorStore(path) = openingError(path) else {
            Issue.record("expected notAFactorStore, got \(String(describing: openingError(path)))")
            return
        }
    }

    @Test func rejectsADatabaseWithAnUnknownMigration() throws {
        // Given a factor database that a newer version migrated further
        let path = try exportedStore()
        try modify(path) { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-add-regions')")
        }

        // Then this version refuses it and says why
        #expect(
            openingError(path)?.description
                == "factor database '\(path)' was written by a newer version of Sobriety (unknown migrations: "
                + "v2-add-regions); update Sobriety, or rebuild it for this version with "
                + "`audit factors export --sqlite \(path)`"
        )
    }

    @Test func rejectsATamperedValue() throws {
        // Given a factor database in which a value was changed after it was built
        let path = try exportedStore()
        let recorded = try FactorStore(path: path).factorSet().identity.sha256
        try modify(path) { db in
            try db.execute(sql: "UPDATE factors SET value = 60 WHERE key = 'grid.intensity' AND dimension = 'FR'")
        }

        // Then opening it reports the digest mismatch, with both digests
        guard case .digestMismatch(path, let stored, let computed) = openingError(path) else {
            Issue.record("expected digestMismatch, got \(String(describing: openingError(path)))")
            return
        }
        #expect(stored == recorded)
        #expect(computed != recorded)
        #expect(
            openingError(path)?.description
                == "factor database '\(path)' was modified after it was built: it records SHA-256 \(stored) but its "
                + "content hashes to \(computed); restore the original file, or rebuild it with "
                + "`audit factors export --sqlite \(path)`"
        )
    }

    @Test func rejectsATamperedDigest() throws {
        let path = try exportedStore()
        try modify(path) { db in
            try db.execute(sql: "UPDATE factor_set SET sha256 = ?", arguments: [String(repeating: "0", count: 64)])
        }

        guard case .digestMismatch = openingError(path) else {
            Issue.record("expected digestMismatch, got \(String(describing: openingError(path)))")
            return
        }
    }
}
