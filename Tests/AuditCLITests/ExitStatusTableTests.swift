import ArgumentParser
import Sobriety
import Testing

@testable import audit

/// The exit-status table itself, for the codes no input file can provoke.
@Suite struct ExitStatusTableTests {
    private struct UnexpectedError: Error {}

    @Test func anUnexpectedErrorIsAnInternalErrorNotAGenericFailure() throws {
        let mapped = try #require(ExitStatus.code(for: UnexpectedError()))
        #expect(mapped.rawValue == 70)
    }

    @Test func everyLibraryErrorHasItsDocumentedCode() throws {
        let cases: [(any Error, Int32)] = [
            (InputErrors(diagnostics: []), 65),
            (InputFileError(path: "x.csv", operation: .open, reason: "No such file or directory"), 66),
            (InputFileError(path: "x.csv", operation: .read, reason: "Input/output error"), 74),
            (FactorStoreError.fileNotFound(path: "f.sqlite"), 66),
            (FactorStoreError.notADatabase(path: "f.sqlite"), 65),
            (FactorStoreError.cannotWrite(path: "f.sqlite", reason: "Read-only file system"), 73),
            (FactorSetError.missingFactors(["cdn.use"]), 65),
            (UsageError(description: "bad"), 64),
        ]
        for (error, code) in cases {
            let mapped = try #require(ExitStatus.code(for: error))
            #expect(mapped.rawValue == code, "\(error)")
        }
    }
}
