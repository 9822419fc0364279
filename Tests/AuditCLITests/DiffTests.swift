import Foundation
import Testing

/// `audit diff`, end to end through the built binary.
@Suite struct DiffTests {
    static let example = "Reports/examples/fr-launch.csv"

    /// The example with FR-TT-02's impressions doubled, FR-LI-08 removed and FR-IG-09 added.
    static func modifiedExample(in directory: TemporaryDirectory) throws -> String {
        let original = try String(
            contentsOf: AuditProcess.repositoryRoot.appendingPathComponent(example),
            encoding: .utf8
        )
        var rows = original.split(separator: "\n").map(String.init)
        let grown = try #require(rows.firstIndex { $0.hasPrefix("FR-TT-02,") })
        rows[grown] = rows[grown].replacingOccurrences(of: ",900000,", with: ",1800000,")
        rows.removeAll { $0.hasPrefix("FR-LI-08,") }
        rows.append(
            "FR-IG-09,Lancement printemps,instagram,story,stories,social,FR,mobile,1000000,300000,,,,,,,,420000,,,,,"
                + "2026-03-02,2026-03-29,7000,EUR"
        )
        return try directory.write("head.csv", rows.joined(separator: "\n") + "\n")
    }

    @Test func theMarkdownCommentListsEachChangedLineWithItsDelta() throws {
        let directory = try TemporaryDirectory()
        let head = try Self.modifiedExample(in: directory)
        let result = try AuditProcess.run(["diff", Self.example, head, "--format", "md"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "## Carbon diff")
        #expect(lines.contains("**+110 kg CO2e (+3.7%)** — 3.01 t → 3.12 t"))
        #expect(lines.contains("Line items: 1 changed, 1 added, 1 removed, 6 unchanged."))
        let rows = lines.filter { $0.hasPrefix("| FR-") }
        #expect(
            rows == [
                "| FR-TT-02 | changed | tiktok | 104 kg | 207 kg | +104 kg | +900,000 |",
                "| FR-IG-09 | added | instagram | — | 27.6 kg | +27.6 kg | +1,000,000 |",
                "| FR-LI-08 | removed | linkedin | 21.3 kg | — | -21.3 kg | -750,000 |",
            ]
        )
    }

    @Test func theJSONDeltasAreTheDifferenceOfTheTwoAudits() throws {
        let directory = try TemporaryDirectory()
        let head = try Self.modifiedExample(in: directory)
        let diff = try Self.json(try AuditProcess.run(["diff", Self.example, head, "--format", "json"]))
        let baseReport = try Self.json(try AuditProcess.run([Self.example, "--format", "json"]))
        let headReport = try Self.json(try AuditProcess.run([head, "--format", "json"]))

        let items = try #require((diff["lines"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.map { $0["lineItem"] as? String } == ["FR-TT-02", "FR-IG-09", "FR-LI-08"])
        let grown = try #require(items.first)
        let before = try Self.lineEmissions(baseReport, "FR-TT-02")
        let after = try Self.lineEmissions(headReport, "FR-TT-02")
        #expect(Self.isClose(grown["emissionsDelta"], after - before))
        #expect(grown["impressionsDelta"] as? Double == 900_000)
        #expect(Self.isClose(items[2]["emissionsDelta"], -(try Self.lineEmissions(baseReport, "FR-LI-08"))))
        let emissions = try #require((diff["totals"] as? [String: Any])?["emissions"] as? [String: Any])
        #expect(Self.isClose(emissions["delta"], try Self.total(headReport) - Self.total(baseReport)))
        #expect(emissions["direction"] as? String == "increase")
    }

    @Test func readingOptionsApplyToBothPlansAsTheyDoToAnAudit() throws {
        // Given a platform export that names no country, and the country given for the whole file
        let export = "Tests/SobrietyIngestTests/Fixtures/Exports/x-ads.csv"
        let reading = ["--preset", "x-ads", "--country", "DE"]

        let diff = try Self.json(try AuditProcess.run(["diff", export, export, "--format", "json"] + reading))
        let audit = try Self.json(try AuditProcess.run([export, "--format", "json"] + reading))
        let worldwide = try Self.json(try AuditProcess.run([export, "--format", "json"]))

        // Then both sides of the diff are the audit read with those options, not with the defaults
        let emissions = try #require((diff["totals"] as? [String: Any])?["emissions"] as? [String: Any])
        let before = try #require((emissions["before"] as? [String: Any])?["central"] as? Double)
        let after = try #require((emissions["after"] as? [String: Any])?["central"] as? Double)
        #expect(before == (try Self.total(audit)))
        #expect(after == before)
        #expect(before != (try Self.total(worldwide)))
    }

    @Test func identicalPlansHaveAZeroDelta() throws {
        let result = try AuditProcess.run(["diff", Self.example, Self.example, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let diff = try Self.json(result)
        let emissions = try #require((diff["totals"] as? [String: Any])?["emissions"] as? [String: Any])
        #expect(emissions["delta"] as? Double == 0)
        #expect(emissions["relativeDelta"] as? Double == 0)
        #expect(emissions["direction"] as? String == "unchanged")
        let lines = try #require(diff["lines"] as? [String: Any])
        #expect((lines["items"] as? [Any])?.isEmpty == true)
        #expect(lines["unchangedCount"] as? Int == 8)

        let text = try AuditProcess.run(["diff", Self.example, Self.example])
        #expect(text.standardOutput.contains("\n0 g CO2e (0.0%) — 3.01 t → 3.01 t\n"))
        #expect(text.standardOutput.contains("No line item changed."))
    }

    @Test func aBudgetExceededOnTheHeadPlanExitsOneAfterWritingTheDiff() throws {
        let directory = try TemporaryDirectory()
        let head = try Self.modifiedExample(in: directory)
        let output = directory.url.appendingPathComponent("diff.md").path
        let result = try AuditProcess.run(["diff", Self.example, head, "--budget", "total=3.05t", "--output", output])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "error: budget total exceeded: 3.12 t > 3.05 t\n")
        let markdown = try String(contentsOfFile: output, encoding: .utf8)
        #expect(markdown.contains("| total | 3.05 t | 3.01 t | met | 3.12 t | exceeded |"))
    }

    @Test func aScopedBudgetFromABudgetFileIsCheckedOnBothPlans() throws {
        let directory = try TemporaryDirectory()
        let head = try Self.modifiedExample(in: directory)
        let budgets = try directory.write("budgets.toml", "[platform.tiktok]\ntotal = \"300kg\"\n")
        let result = try AuditProcess.run(["diff", Self.example, head, "--budget-file", budgets, "--format", "md"])
        // FR-TT-02's impressions double in the head plan: TikTok goes from 236 kg to 340 kg.
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(#"| total\[platform=tiktok\] | 300 kg | 236 kg | met | 340 kg | exceeded |"#)
        )
    }

    @Test func aBudgetExceededOnlyOnTheBasePlanExitsZero() throws {
        let directory = try TemporaryDirectory()
        let base = try Self.modifiedExample(in: directory)
        let result = try AuditProcess.run(["diff", base, Self.example, "--budget", "total=3.05t", "--format", "md"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("| total | 3.05 t | 3.12 t | exceeded | 3.01 t | met |"))
    }

    @Test func aMissingFileExitsSixtySix() throws {
        let result = try AuditProcess.run(["diff", Self.example, "no-such-plan.csv"])
        #expect(result.status == 66)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: "))
        #expect(result.standardError.contains("no-such-plan.csv"))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try AuditProcess.run(["diff", Self.example, Self.example, "--format", "pdf"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("pdf"))
    }

    @Test func theOutputExtensionChoosesTheFormatAndRunsAreByteIdentical() throws {
        let directory = try TemporaryDirectory()
        let head = try Self.modifiedExample(in: directory)
        let first = directory.url.appendingPathComponent("first.json").path
        let second = directory.url.appendingPathComponent("second.json").path
        for output in [first, second] {
            let result = try AuditProcess.run(["diff", Self.example, head, "--output", output])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
        #expect((try JSONSerialization.jsonObject(with: bytes) as? [String: Any])?["schemaVersion"] as? String == "1")
    }

    // MARK: - Reading JSON

    /// Whether a JSON number is the expected value; JSONSerialization may read a long number's last
    /// digit differently from the encoder, so within a millionth of a gram.
    private static func isClose(_ value: Any?, _ expected: Double) -> Bool {
        guard let value = value as? Double else { return false }
        return abs(value - expected) <= 1e-6
    }

    private static func json(_ result: AuditProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        return try #require(object as? [String: Any])
    }

    private static func lineEmissions(_ report: [String: Any], _ lineItem: String) throws -> Double {
        let lines = try #require(report["lines"] as? [[String: Any]])
        let line = try #require(lines.first { $0["lineItem"] as? String == lineItem })
        return try #require((line["emissions"] as? [String: Any])?["central"] as? Double)
    }

    private static func total(_ report: [String: Any]) throws -> Double {
        let totals = try #require(report["totals"] as? [String: Any])
        return try #require((totals["emissions"] as? [String: Any])?["central"] as? Double)
    }
}
