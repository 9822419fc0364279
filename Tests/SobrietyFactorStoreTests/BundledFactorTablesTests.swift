import Foundation
import GRDB
import SobrietyCore
import Testing

@testable import SobrietyFactorStore

/// The guard that the factor store built into the binary is `Factors/` under the current schema, and its generator.
///
/// `Sources/SobrietyFactorStore/BundledFactorTables.swift` holds the SQLite database that building a store from
/// `Factors/` gives, as Base64. The test fails when that image's content (every row, the recorded identity and
/// digest) or schema differs from what `Factors/` builds now; with `RECORD_FACTORS=1` in the environment it
/// rewrites the file instead, and reports that it did. Content is compared rather than bytes, so that another
/// SQLite version, which may lay the same rows out differently, does not call for a new image.
@Suite struct BundledFactorTablesTests {
    private static let recordVariable = "RECORD_FACTORS"
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let factorsDirectory = repositoryRoot.appendingPathComponent("Factors")
    private static let generatedFile =
        repositoryRoot
        .appendingPathComponent("Sources/SobrietyFactorStore/BundledFactorTables.swift")

    /// The database file a store built from `Factors/` now exports, byte for byte.
    private static func imageOfFactorsDirectory() throws -> [UInt8] {
        let directory = try TemporaryDirectory()
        let path = directory.file("factors.sqlite")
        try FactorStore.build(fromDirectory: factorsDirectory.path).export(toSQLite: path)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The built-in image opened read-only, or `nil` when it is not a database image.
    private static func bundledImageQueue() throws -> DatabaseQueue? {
        guard let image = DatabaseImage(base64: BundledFactorTables.databaseBase64) else { return nil }
        let queue = try DatabaseQueue()
        try queue.writeWithoutTransaction { db in try image.loadReadOnly(into: db) }
        return queue
    }

    /// Every table and index definition of a database, sorted by name.
    private static func schema(of reader: any DatabaseReader) throws -> [String] {
        try reader.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY name"
            )
        }
    }

    /// What differs between the built-in image and the store `Factors/` builds now; empty when nothing does.
    private static func staleness() throws -> [String] {
        guard let bundled = try? bundledImageQueue(), let bundledSet = try? FactorStore.bundled().factorSet() else {
            return ["the built-in database image cannot be opened"]
        }
        var differences: [String] = []
        let fresh = try FactorStore.build(fromDirectory: factorsDirectory.path).factorSet()
        if bundledSet.comparableContent != fresh.comparableContent {
            let digests = "digest \(bundledSet.identity.sha256), Factors/ gives \(fresh.identity.sha256)"
            differences.append("its rows or identity (\(digests))")
        }
        let directory = try TemporaryDirectory()
        let path = directory.file("fresh.sqlite")
        try FactorStore.build(fromDirectory: factorsDirectory.path).export(toSQLite: path)
        if try schema(of: bundled) != schema(of: try DatabaseQueue(path: path)) {
            differences.append("its schema")
        }
        if try bundled.read({ db in try SchemaVersion.of(db) }) != .current {
            differences.append("its migrations")
        }
        return differences
    }

    @Test func generatedFileMatchesFactors() throws {
        let differences = try Self.staleness()
        guard !differences.isEmpty else { return }

        if ProcessInfo.processInfo.environment[Self.recordVariable] == "1" {
            let rendered = BundledFactorTablesRenderer().render(image: try Self.imageOfFactorsDirectory())
            try Data(rendered.utf8).write(to: Self.generatedFile, options: .atomic)
            Issue.record(
                "Recorded \(Self.generatedFile.path) from Factors/; run the tests again without \(Self.recordVariable)."
            )
        } else {
            Issue.record(
                """
                The database image in \(Self.generatedFile.path) does not match Factors/: \
                \(differences.joined(separator: "; ")) differ. After changing Factors/ or the schema, regenerate it with
                \(Self.recordVariable)=1 swift test --filter BundledFactorTablesTests
                """
            )
        }
    }

    @Test func bundledStoreLoadsTheFactorsDirectory() throws {
        let bundled = try FactorStore.bundled().factorSet()
        let fromDisk = try FactorStore.build(fromDirectory: Self.factorsDirectory.path).factorSet()

        #expect(bundled.identity.name == "sobriety-default")
        #expect(bundled.identity == fromDisk.identity, "the digest covers the whole content")
        #expect(bundled.comparableContent == fromDisk.comparableContent)
    }

    @Test func bundledDigestIsStable() throws {
        let first = try FactorStore.bundled().factorSet().identity.sha256
        let second = try FactorStore.bundled().factorSet().identity.sha256

        #expect(first == second)
        #expect(first.count == 64)
    }

    @Test func bundledSetCarriesTheDigestOfItsContent() throws {
        let loaded = try FactorStore.bundled().factorSet()

        #expect(loaded.identity.sha256 == loaded.contentDigest, "the recorded digest is loaded, not recomputed")
    }

    @Test func bundledStorePassesVerification() throws {
        let verification = try FactorStore.bundled().verify()

        #expect(verification.passed, "\(verification)")
    }

    @Test func bundledStoreSurvivesExport() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("factors.sqlite")
        let bundled = try FactorStore.bundled()

        try bundled.export(toSQLite: path)

        #expect(try FactorStore(path: path).factorSet().identity == bundled.factorSet().identity)
    }

    // MARK: - Database images

    @Test func imageOpensReadOnly() throws {
        let queue = try #require(try Self.bundledImageQueue())

        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM factors") ?? 0 } > 0)
        #expect(throws: DatabaseError.self) {
            try queue.writeWithoutTransaction { db in try db.execute(sql: "DELETE FROM factors") }
        }
    }

    @Test func textThatIsNotBase64IsNoImage() {
        #expect(DatabaseImage(base64: "not Base64: *&^%") == nil)
    }

    @Test func bytesThatAreNotADatabaseFailToRead() throws {
        let queue = try DatabaseQueue()
        try queue.writeWithoutTransaction { db in
            try DatabaseImage(bytes: Array("not a database file".utf8)).loadReadOnly(into: db)
        }

        let error = try #require(throws: DatabaseError.self) {
            try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        }
        #expect(error.resultCode == .SQLITE_NOTADB)
    }
}

/// Renders `BundledFactorTables.swift`: a database image as a Base64 string literal.
struct BundledFactorTablesRenderer {
    /// The Swift source of `BundledFactorTables.swift` for this database file.
    func render(image: [UInt8]) -> String {
        let base64 = Data(image).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        let indentation = "        "
        let lines = base64.split(separator: "\n").map { indentation + $0 }
        return """
            // Generated from Factors/*.csv by Tests/SobrietyFactorStoreTests/BundledFactorTablesTests.swift: do not edit.
            // After changing Factors/ or the schema, run `RECORD_FACTORS=1 swift test --filter BundledFactorTablesTests`.

            /// The factor tables of `Factors/` as the SQLite factor store built from them, built into the binary so
            /// that the bundled factor set needs no files and nothing is imported at start-up.
            enum BundledFactorTables {
                /// The store's database file (`audit factors build --sqlite …` writes the same rows), in Base64.
                static let databaseBase64 = \"\"\"
            \(lines.joined(separator: "\n"))
                    \"\"\"
            }

            """
    }
}
