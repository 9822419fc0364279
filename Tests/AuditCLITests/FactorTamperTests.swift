import Foundation
import GRDB
import Sobriety
import Testing

/// A factor database changed after it was built is refused by every audit.
///
/// Each refusal has a clear error and writes nothing; an untampered database audits, and its report names
/// its digest. The database is changed here as an
/// attacker's tool would: with SQLite, constraints off, and the recorded digest recomputed where that helps.
@Suite struct FactorTamperTests {
    static let example = ExitCodeTests.example

    /// A folder with an exported copy of the built-in factor set, `factors.sqlite`.
    private struct ExportedStore {
        let directory: TemporaryDirectory
        let path: String

        init() throws {
            directory = try TemporaryDirectory()
            path = directory.url.appendingPathComponent("factors.sqlite").path
            let result = try AuditProcess.run(["factors", "export", "--sqlite", path])
            #expect(result.status == 0, "\(result.standardError)")
        }

        /// Runs SQL on the database with its constraints and foreign keys off.
        func tamper(_ statements: String...) throws {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = false
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
                for statement in statements { try db.execute(sql: statement) }
            }
            try queue.close()
        }

        /// Records the digest of the content as it now is, as a careful attacker would.
        func recomputeDigest() throws {
            var computed: String?
            do {
                _ = try FactorStore(path: path)
            } catch FactorStoreError.digestMismatch(_, _, let digest) {
                computed = digest
            }
            let digest = try #require(computed, "the tampering was expected to change the digest")
            try tamper("UPDATE factor_set SET sha256 = '\(digest)'")
        }

        /// Audits the example with this store, writing a Markdown report into an empty output folder.
        func audit() throws -> (result: AuditProcess.Result, written: [String]) {
            let output = try TemporaryDirectory()
            let result = try AuditProcess.run([
                FactorTamperTests.example, "--factors", path, "-o", output.url.path + "/report.md",
            ])
            return (result, try output.fileNames())
        }
    }

    @Test func anUntamperedDatabaseAuditsAndTheReportNamesItsDigest() throws {
        let store = try ExportedStore()
        let recorded = try DatabaseQueue(path: store.path).read { db in
            try String.fetchOne(db, sql: "SELECT sha256 FROM factor_set")
        }
        let digest = try #require(recorded)

        let (result, written) = try store.audit()

        #expect(result.status == 0, "\(result.standardError)")
        #expect(written == ["report.md"])
        let json = try AuditProcess.run([Self.example, "--factors", store.path, "-f", "json"])
        #expect(json.standardOutput.contains("\"sha256\" : \"\(digest)\""))
    }

    /// A change the opening checks catch on their own, and what the refusal says after the database's path.
    struct OpeningTamper: Sendable, CustomTestStringConvertible {
        var name: String
        var sql: String
        var message: String

        var testDescription: String { name }
    }

    static let openingTampers = [
        OpeningTamper(
            name: "a changed value (digest)",
            sql: "UPDATE factors SET value = value * 0.5, low = low * 0.5 "
                + "WHERE key = 'grid.intensity' AND dimension = 'FR'",
            message: "was modified after it was built"
        ),
        OpeningTamper(
            name: "a newer schema",
            sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')",
            message: "was written by a newer version of Sobriety (unknown migrations: v99-from-the-future)"
        ),
        OpeningTamper(
            name: "a missing table",
            sql: "DROP TABLE countries",
            message: "lacks the table countries that its schema creates: it was altered after it was built"
        ),
    ]

    @Test(arguments: openingTampers)
    func aDatabaseChangedAfterItWasBuiltIsRefused(_ tamper: OpeningTamper) throws {
        let store = try ExportedStore()
        try store.tamper(tamper.sql)

        let (result, written) = try store.audit()

        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("error: factor database '\(store.path)' \(tamper.message)"))
        #expect(result.standardOutput.isEmpty)
        #expect(written.isEmpty)
    }

    @Test func aRowWithoutASourceIsRefusedEvenWithTheDigestRecomputed() throws {
        let store = try ExportedStore()
        try store.tamper("UPDATE factors SET source = 'unpublished' WHERE key = 'grid.intensity' AND dimension = 'FR'")
        try store.recomputeDigest()

        let (result, written) = try store.audit()

        #expect(result.status == 65)
        #expect(
            result.standardError.hasPrefix(
                """
                error: factor database '\(store.path)' failed verification with 1 problem and is refused:
                error:   factor sources: factor grid.intensity[FR] cites source 'unpublished', which is not in sources
                """
            )
        )
        #expect(written.isEmpty)
    }

    @Test func aValueOutsideItsRangeIsRefusedEvenWithTheDigestRecomputed() throws {
        let store = try ExportedStore()
        try store.tamper("UPDATE factors SET value = high * 2 WHERE key = 'grid.intensity' AND dimension = 'FR'")
        try store.recomputeDigest()

        let (result, written) = try store.audit()

        #expect(result.status == 65)
        #expect(result.standardError.contains("failed verification with 1 problem and is refused"))
        #expect(
            result.standardError.contains(
                "factor ranges: factor grid.intensity[FR]: expected finite values with low <= value <= high"
            )
        )
        #expect(written.isEmpty)

        // And `audit factors verify` names the failing check among the others
        let verify = try AuditProcess.run(["factors", "verify", "--factors", store.path])
        #expect(verify.status == 65)
        #expect(verify.standardOutput.contains("factor ranges: failed\n  - factor grid.intensity[FR]"))
        #expect(verify.standardOutput.contains("digest: passed"))
    }

    /// Bytes written over or cut from the file, which SQLite's own check finds.
    enum Damage: String, CaseIterable, Sendable {
        /// A page of noise past the header page: the database still opens, its b-trees do not hold together.
        case overwrittenPage
        /// The file cut after 1,000 bytes.
        case truncation

        func apply(to path: String) throws {
            let handle = try #require(FileHandle(forUpdatingAtPath: path))
            defer { try? handle.close() }
            switch self {
            case .overwrittenPage:
                try handle.seek(toOffset: try handle.seekToEnd() / 2)
                try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096))
            case .truncation:
                try handle.truncate(atOffset: 1000)
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedDatabaseIsRefusedAsCorrupt(_ damage: Damage) throws {
        let store = try ExportedStore()
        try damage.apply(to: store.path)

        let (result, written) = try store.audit()

        #expect(result.status == 65)
        #expect(
            result.standardError.hasPrefix(
                "error: factor database '\(store.path)' is corrupt (PRAGMA quick_check: database disk image is malformed)"
            )
        )
        #expect(written.isEmpty)
    }

    @Test(.enabled(if: ReadOnlyMount.isAvailable, "mounting a read-only tmpfs needs root; skipped"))
    func aDatabaseOnAReadOnlyFileSystemAudits() throws {
        let store = try ExportedStore()
        let mount = try ReadOnlyMount(files: ["factors.sqlite": store.path])

        let output = try TemporaryDirectory()
        let result = try AuditProcess.run([
            Self.example, "--factors", mount.path("factors.sqlite"), "-o", output.url.path + "/report.json",
        ])
        let verify = try AuditProcess.run(["factors", "verify", "--factors", mount.path("factors.sqlite")])

        #expect(result.status == 0, "\(result.standardError)")
        #expect(try output.fileNames() == ["report.json"])
        #expect(verify.status == 0, "\(verify.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.url.path) == ["factors.sqlite"])
    }
}
