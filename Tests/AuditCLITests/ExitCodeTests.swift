import Foundation
import Testing

/// Every exit code of contracts/cli.md, end to end through the built binary.
@Suite struct ExitCodeTests {
    static let example = "Reports/examples/fr-launch.csv"

    @Test func aSuccessfulAuditExitsZeroAndPrintsTheSummary() throws {
        let result = try AuditProcess.run([Self.example])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("FR-TT-01"))
        #expect(result.standardError.isEmpty)
    }

    @Test func anUnknownFlagIsAUsageError() throws {
        let result = try AuditProcess.run([Self.example, "--no-such-flag"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--no-such-flag"))
    }

    @Test func severalFormatsToStandardOutputIsAUsageError() throws {
        let result = try AuditProcess.run([Self.example, "--format", "md", "--format", "json"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("error: several formats need --output DIRECTORY"))
    }

    @Test func badDataExitsSixtyFiveAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write(
            "bad.csv",
            "line_item,platform,impressions,ivt_rate\nA,tiktok,1000,1.7\nB,tiktok,12k,0.1\n"
        )
        let output = directory.url.appendingPathComponent("report.json").path
        let result = try AuditProcess.run([input, "--output", output])
        #expect(result.status == 65)
        #expect(
            result.standardError.contains("bad.csv:2: column 'ivt_rate': \"1.7\" is not a rate; write 0.017 or 1.7%")
        )
        #expect(result.standardError.contains("bad.csv:3: column 'impressions'"))
        #expect(result.standardOutput.isEmpty)
        #expect(try directory.fileNames() == ["bad.csv"])
    }

    @Test func aMissingInputExitsSixtySix() throws {
        let result = try AuditProcess.run(["no-such-campaign.csv"])
        #expect(result.status == 66)
        #expect(result.standardError.hasPrefix("error: "))
        #expect(result.standardError.contains("no-such-campaign.csv"))
    }

    @Test func anOutputThatCannotBeCreatedExitsSeventyThree() throws {
        let result = try AuditProcess.run([Self.example, "--output", "/no/such/directory/report.json"])
        #expect(result.status == 73)
        #expect(result.standardError.contains("cannot create /no/such/directory/report.json"))
    }

    @Test func aFailedWriteExitsSeventyFour() throws {
        let result = try AuditProcess.run([Self.example, "--format", "json", "--output", "/dev/full"])
        #expect(result.status == 74)
        #expect(result.standardError.contains("could not write /dev/full"))
    }

    @Test func aCorruptFactorDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory()
        let notADatabase = try directory.write("factors.sqlite", "this is not a database\n")
        let result = try AuditProcess.run([Self.example, "--factors", notADatabase])
        #expect(result.status == 65)
        #expect(result.standardError.contains("factors.sqlite"))
    }

    @Test func aMissingFactorDatabaseExitsSixtySix() throws {
        let result = try AuditProcess.run([Self.example, "--factors", "/no/such/factors.sqlite"])
        #expect(result.status == 66)
    }
}

/// Output files, formats and determinism.
@Suite struct OutputTests {
    @Test func aDirectoryOutputGetsOneReportPerFormat() throws {
        let directory = try TemporaryDirectory()
        let result = try AuditProcess.run([
            ExitCodeTests.example, "--format", "md", "--format", "json", "--output", directory.url.path,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try directory.fileNames() == ["report.json", "report.md"])
        #expect(result.standardOutput.isEmpty)
    }

    @Test func theFormatFollowsTheOutputFileExtension() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("audit.json").path
        let result = try AuditProcess.run([ExitCodeTests.example, "--output", path])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect((json as? [String: Any])?["schemaVersion"] as? String == "1")
    }

    @Test(arguments: ["json", "md", "text", "csv"])
    func twoRunsAreByteIdentical(format: String) throws {
        let first = try AuditProcess.run([ExitCodeTests.example, "--format", format])
        let second = try AuditProcess.run([ExitCodeTests.example, "--format", format])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(!first.standardOutput.isEmpty)
    }

    @Test func theBinaryWorksFromAnotherDirectory() throws {
        let directory = try TemporaryDirectory()
        let input = AuditProcess.repositoryRoot.appendingPathComponent(ExitCodeTests.example).path
        let result = try AuditProcess.run([input, "--format", "json"], in: directory.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try directory.fileNames().isEmpty)
    }

    @Test func aBinaryCopiedAloneElsewhereCarriesItsFactorSet() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.url.appendingPathComponent("audit")
        try FileManager.default.copyItem(at: AuditProcess.executable, to: copy)
        let input = AuditProcess.repositoryRoot.appendingPathComponent(ExitCodeTests.example).path
        let result = try AuditProcess.run([input, "--format", "json"], in: directory.url, executable: copy)
        #expect(result.status == 0, "\(result.standardError)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        #expect((report["factorSet"] as? [String: Any])?["name"] as? String == "sobriety-default")
    }

    @Test func aSummaryReportHasNoLinesButTheSameTotals() throws {
        let full = try AuditProcess.run([ExitCodeTests.example, "--format", "json"])
        let summary = try AuditProcess.run([ExitCodeTests.example, "--format", "json", "--summary"])
        let fullObject = try #require(
            try JSONSerialization.jsonObject(with: Data(full.standardOutput.utf8)) as? [String: Any]
        )
        let summaryObject = try #require(
            try JSONSerialization.jsonObject(with: Data(summary.standardOutput.utf8)) as? [String: Any]
        )
        #expect((summaryObject["lines"] as? [Any])?.isEmpty == true)
        #expect(
            NSDictionary(dictionary: fullObject["totals"] as? [String: Any] ?? [:])
                .isEqual(to: summaryObject["totals"] as? [String: Any] ?? [:])
        )
    }
}
