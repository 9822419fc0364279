import Foundation
import Testing

/// `audit transfer`, end to end: one figure, a batch, and each refused value with its message.
@Suite struct TransferTests {
    @Test func oneMegabyteWithSustainableWebDesignV4() throws {
        let result = try AuditProcess.run(["transfer", "--bytes", "1000000"])
        #expect(result.status == 0, "\(result.standardError)")
        // CO2.js 0.19.0: 1 MB with SWD v4, grey hosting, global intensities = 0.1482 g.
        #expect(result.standardOutput.contains("grams CO2e     0.1482\n"))
        #expect(result.standardOutput.contains("rating         C\n"))
    }

    @Test func jsonNamesTheModelSegmentsAndFactorSet() throws {
        let result = try AuditProcess.run([
            "transfer", "--bytes", "1000000", "--model", "swd-v3", "--green", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        #expect(object["model"] as? String == "swd-v3")
        #expect(object["rating"] as? String == "B")
        let segments = try #require(object["segments"] as? [String: Any])
        #expect(Set(segments.keys) == ["data_center", "network", "device", "production"])
    }

    @Test func jsonIsLaidOutLikeTheReportsJSON() throws {
        let result = try AuditProcess.run(["transfer", "--bytes", "1000000", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        // Indented two spaces a level, `"key" : value`, sorted keys, numbers in their shortest round-trip form.
        #expect(lines.prefix(2) == ["{", "  \"bytes\" : 1000000,"])
        let topLevelKeys = lines.filter { $0.hasPrefix("  \"") }.map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(topLevelKeys == ["bytes", "factorSet", "grams", "method", "model", "rating", "segments"])
        #expect(lines.contains("  \"grams\" : 0.1482,"))
        #expect(lines.suffix(2) == ["}", ""])
    }

    @Test func aBatchInJSONKeepsEachRowsInputCells() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("pages.csv", "bytes,green\n1000000,false\n2000,true\n")
        let result = try AuditProcess.run(["transfer", "--input", input, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.first?["input"] as? [String: String] == ["bytes": "1000000", "green": "false"])
        #expect(rows.first?["grams"] as? Double == 0.1482)
        #expect(object["model"] as? String == "swd-v4")
        #expect(result.standardOutput.hasPrefix("{\n  \"factorSet\" : {\n"))
    }

    @Test func aBatchRepeatsItsColumnsAndAddsGramsPerSegment() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("pages.csv", "bytes,green,country\n1000000,true,FR\n2000,false,DEU\n")
        let output = directory.url.appendingPathComponent("out.csv").path
        let result = try AuditProcess.run(["transfer", "--input", input, "--format", "csv", "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "bytes,green,country,grams,data_center_grams,network_grams,device_grams")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("1000000,true,FR,"))
    }

    @Test(
        arguments: [
            (["--bytes=-5"], 64, "error: --bytes: bytes is -5; expected a whole number of bytes, 0 or more\n"),
            (
                ["--bytes", "100", "--country", "ZZ"], 64,
                "error: --country: unknown country 'ZZ'; expected an ISO 3166-1 alpha-2 or alpha-3 code with a grid "
                    + "intensity in the factor set, such as FR or FRA\n"
            ),
        ]
    )
    func aRefusedOptionSaysWhatWasExpected(arguments: [String], status: Int32, message: String) throws {
        let result = try AuditProcess.run(["transfer"] + arguments)
        #expect(result.status == status)
        #expect(result.standardError == message)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aBadBatchCellNamesFileLineAndColumnAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("pages.csv", "bytes\n-1\n")
        let output = directory.url.appendingPathComponent("out.csv").path
        let result = try AuditProcess.run(["transfer", "--input", input, "--format", "csv", "--output", output])
        #expect(result.status == 65)
        #expect(
            result.standardError.contains(
                "pages.csv:2: column 'bytes': '-1': bytes is -1; expected a whole number of bytes, 0 or more"
            )
        )
        #expect(try directory.fileNames() == ["pages.csv"])
    }
}
