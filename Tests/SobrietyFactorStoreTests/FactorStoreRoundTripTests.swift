import Foundation
import SobrietyCore
import SobrietyFactorStore
import Testing

@Suite struct FactorStoreRoundTripTests {
    private let fixture = FactorTableFixture()

    @Test func exportedDatabaseOpensWithTheSameContentAndDigest() throws {
        // Given a store built in memory from the fixture
        let directory = try TemporaryDirectory()
        let built = try fixture.store()
        let path = directory.file("factors.sqlite")

        // When it is exported and opened again read-only
        try built.export(toSQLite: path)
        let reopened = try FactorStore(path: path)

        // Then both hold the same set, with the same digest
        let original = try built.factorSet()
        let copy = try reopened.factorSet()
        #expect(copy.comparableContent == original.comparableContent)
        #expect(copy.identity.sha256 == original.identity.sha256)
        #expect(copy.canonicalContent == original.canonicalContent)
    }

    @Test func exportReplacesAnExistingFileAndLeavesNoTemporaryFile() throws {
        // Given a file already at the path
        let directory = try TemporaryDirectory()
        let path = try directory.write("factors.sqlite", "an old file")

        // When a store is exported there
        try fixture.store().export(toSQLite: path)

        // Then the path holds the database and nothing else is left in the folder
        #expect(try FactorStore(path: path).factorSet().identity.name == "fixture-set")
        #expect(try directory.contents() == ["factors.sqlite"])
    }

    @Test func exportToAMissingFolderFailsClearlyAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("missing/factors.sqlite")

        do {
            try fixture.store().export(toSQLite: path)
            Issue.record("expected the export to fail")
        } catch let error as FactorStoreError {
            guard case .cannotWrite(let failedPath, _) = error else {
                Issue.record("expected cannotWrite, got \(error)")
                return
            }
            #expect(failedPath == path)
            #expect(error.description.hasPrefix("cannot write factor database '\(path)': "))
            #expect(
                error.description.hasSuffix(
                    "; nothing was written there (check that the folder exists and is writable)"
                )
            )
        }
        #expect(try directory.contents().isEmpty)
    }

    @Test func exportOverADirectoryFailsAndLeavesItAlone() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("taken")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)

        #expect(throws: FactorStoreError.self) { try fixture.store().export(toSQLite: path) }
        #expect(try directory.contents() == ["taken"])
    }

    @Test func anOpenedStoreExportsAgain() throws {
        let directory = try TemporaryDirectory()
        let first = directory.file("first.sqlite")
        let second = directory.file("second.sqlite")
        try fixture.store().export(toSQLite: first)

        try FactorStore(path: first).export(toSQLite: second)

        #expect(
            try FactorStore(path: second).factorSet().comparableContent
                == FactorStore(path: first).factorSet().comparableContent
        )
    }

    @Test func buildsFromADirectoryLikeFromTables() throws {
        // Given the fixture written to a folder
        let directory = try TemporaryDirectory()
        for (name, contents) in fixture.files { try directory.write(name, contents) }

        // Then the folder builds the same set as the tables in memory
        #expect(
            try FactorStore.build(fromDirectory: directory.path).factorSet().comparableContent
                == fixture.store().factorSet().comparableContent
        )
    }

    @Test func problemsInADirectoryNameTheFilePath() throws {
        let directory = try TemporaryDirectory()
        for (name, contents) in fixture.replacing("countries.csv", with: "alpha2,alpha3,name\nFR,FRA\n").files {
            try directory.write(name, contents)
        }

        #expect {
            try FactorStore.build(fromDirectory: directory.path)
        } throws: { error in
            guard case FactorStoreError.invalidTables(let problems, _) = error else { return false }
            return problems.map(\.description) == [
                "\(directory.path)/countries.csv:2: expected 3 fields (alpha2,alpha3,name), found 2"
            ]
        }
    }

    @Test func aMissingDirectoryIsReported() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.file("nope")

        #expect {
            try FactorStore.build(fromDirectory: missing)
        } throws: { error in
            (error as? FactorStoreError)?.description
                == "cannot read the factor tables at '\(missing)': the folder cannot be listed"
        }
    }
}
