import GRDB
import SobrietyCore
import SobrietyFactorStore
import Testing

@Suite struct FactorSchemaTests {
    private let directory: TemporaryDirectory
    private let queue: DatabaseQueue

    /// Opens, read-write with plain GRDB, a database exported from the fixture.
    init() throws {
        directory = try TemporaryDirectory()
        let path = directory.file("factors.sqlite")
        try FactorTableFixture().store().export(toSQLite: path)
        queue = try DatabaseQueue(path: path)
    }

    @Test func theMigrationCreatesTheFiveTables() throws {
        try queue.read { db throws in
            #expect(
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == ["v1-create-factor-tables"]
            )
            for table in ["factor_set", "sources", "factors", "platforms", "countries"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            #expect(
                try db.columns(in: "factors").map(\.name) == [
                    "key", "dimension", "value", "low", "high", "unit", "source", "year", "note",
                ]
            )
            #expect(try db.columns(in: "factor_set").map(\.name) == ["id", "name", "version", "sha256"])
            #expect(
                try db.columns(in: "platforms").map(\.name) == [
                    "key", "name", "channel", "default_format", "default_buying", "mfa_applies", "source", "note",
                ]
            )
            #expect(try db.foreignKeys(on: "factors").map(\.destinationTable) == ["sources"])
            #expect(try db.foreignKeys(on: "platforms").map(\.destinationTable) == ["sources"])
        }
    }

    @Test func theTablesHoldTheImportedRows() throws {
        try queue.read { db throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM factor_set") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM factors") == 12)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sources") == 2)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM platforms") == 2)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM countries") == 3)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM factors WHERE dimension IS NULL") == 2)
        }
    }

    @Test func rejectsAValueOutsideItsRange() throws {
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "UPDATE factors SET value = high + 1 WHERE dimension = 'FR'")
            }
        }
    }

    @Test func rejectsASecondFactorWithTheSameKeyAndNoDimension() throws {
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO factors (key, dimension, value, low, high, unit, source, year, note)
                        VALUES ('network.use.fixed', NULL, 1, 1, 1, 'kWh/GB', 'SOBRIETY', 2026, 'again')
                        """
                )
            }
        }
    }

    @Test func rejectsAFactorCitingAnUnknownSource() throws {
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "UPDATE factors SET source = 'NOPE' WHERE dimension = 'FR'")
            }
        }
    }

    @Test func rejectsTextInANumericColumn() throws {
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "UPDATE factors SET year = 'recent' WHERE dimension = 'FR'")
            }
        }
    }

    @Test func rejectsASecondFactorSetRow() throws {
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql: "INSERT INTO factor_set (id, name, version, sha256) VALUES (2, 'other', '1', ?)",
                    arguments: [String(repeating: "0", count: 64)]
                )
            }
        }
    }
}
