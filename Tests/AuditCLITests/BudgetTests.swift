import Foundation
import Sobriety
import Testing

/// `--budget` and `--budget-on` end to end: the gate exits 1 only after every report is written.
@Suite struct BudgetTests {
    static let example = "Reports/examples/fr-launch.csv"

    @Test func aBudgetMetExitsZero() throws {
        let result = try AuditProcess.run([Self.example, "--budget", "total=10t"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains("total"))
    }

    @Test func anExceededBudgetExitsOneAfterWritingTheWholeReport() throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.json")
        let result = try AuditProcess.run([Self.example, "--budget", "total=1t", "--output", output.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let errorLines = result.standardError.split(separator: "\n")
        #expect(errorLines.count == 1, "\(result.standardError)")
        #expect(errorLines.first?.hasPrefix("error: budget total exceeded: ") == true)
        #expect(errorLines.first?.hasSuffix(" t > 1 t") == true)

        let report = try JSONReport(path: output.path)
        #expect(!report.lines.isEmpty)
        let budget = try #require(report.budgets.first)
        #expect(report.budgets.count == 1)
        #expect(budget["metric"] as? String == "total")
        #expect(budget["limit"] as? Double == 1_000_000)
        #expect(budget["unit"] as? String == "g")
        #expect(budget["passed"] as? Bool == false)
        #expect(budget["actual"] as? Double == report.centralEmissions)
    }

    @Test func everyBudgetIsInTheReport() throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.json")
        let result = try AuditProcess.run([
            Self.example, "--budget", "total=10t", "--budget", "waste-share=1%", "--budget", "intensity=1kg/kimp",
            "--output", output.path,
        ])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("error: budget waste-share exceeded: "))
        let budgets = try JSONReport(path: output.path).budgets
        #expect(budgets.map { $0["metric"] as? String } == ["total", "waste-share", "intensity"])
        #expect(budgets.map { $0["passed"] as? Bool } == [true, false, true])
        #expect(budgets.map { $0["unit"] as? String } == ["g", "ratio", "g/kimp"])
    }

    @Test func everyFormatShowsTheBudgets() throws {
        let result = try AuditProcess.run([Self.example, "--budget", "total=1t", "--format", "md", "--quiet"])
        #expect(result.status == 1)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.contains("exceeded"))
    }

    @Test func theHighBasisComparesTheTopOfTheRange() throws {
        let csvPath = AuditProcess.repositoryRoot.appendingPathComponent(Self.example).path
        let emissions = try Auditor.bundled().audit(paths: [csvPath]).totals.emissions
        let between = ((emissions.central.grams + emissions.high.grams) / 2).rounded()
        let budget = ["--budget", "total=\(Int(between))g"]

        let central = try AuditProcess.run([Self.example] + budget)
        #expect(central.status == 0, "\(central.standardError)")
        let high = try AuditProcess.run([Self.example, "--budget-on", "high"] + budget)
        #expect(high.status == 1)
        #expect(high.standardError.hasSuffix(" g (high estimate)\n"))
    }

    @Test func aBadSpecIsAUsageErrorAndWritesNothing() throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.json")
        let result = try AuditProcess.run([Self.example, "--budget", "total=2.5", "--output", output.path])
        #expect(result.status == 64)
        #expect(
            result.standardError
                == "error: budget \"total=2.5\": expected a unit after the number: g, kg or t (e.g. total=2.5t)\n"
        )
        #expect(result.standardOutput.isEmpty)
        #expect(try directory.fileNames().isEmpty)
    }

    @Test func aBadSpecIsRefusedBeforeAnyInputIsRead() throws {
        let result = try AuditProcess.run(["no-such-campaign.csv", "--budget", "spend=100"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("unknown metric \"spend\""))
    }

    @Test func aBudgetFileGatesLikeItsSpecsAndSetsTheBasis() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(
            "budgets.toml",
            """
            basis = "high"
            total = "10t"

            [platform.tiktok]
            total = "100kg"

            [campaign."Lancement printemps"]
            waste-share = "90%"
            """
        )
        let output = directory.url.appendingPathComponent("report.json")
        let result = try AuditProcess.run([Self.example, "--budget-file", file, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("error: budget total[platform=tiktok] exceeded: "))
        #expect(result.standardError.contains("> 100 kg (high estimate)"))
        let report = try JSONReport(path: output.path)
        #expect(
            report.budgets.map { $0["scope"] as? String } == [nil, "platform=tiktok", "campaign=Lancement printemps"]
        )
        #expect(report.budgets.map { $0["passed"] as? Bool } == [true, false, true])
    }

    @Test func aCommandLineBasisOverridesTheFile() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("budgets.toml", "basis = \"high\"\n[platform.tiktok]\ntotal = \"300kg\"\n")
        // TikTok's central estimate is below 300 kg and its high end above.
        let high = try AuditProcess.run([Self.example, "--budget-file", file, "--quiet"])
        #expect(high.status == 1)
        let central = try AuditProcess.run([Self.example, "--budget-file", file, "--budget-on", "central", "--quiet"])
        #expect(central.status == 0, "\(central.standardError)")
    }

    @Test func aScopeThatNoLineIsInWarnsAndPasses() throws {
        let result = try AuditProcess.run([Self.example, "--budget", "total[campaign=Autumn]=1g"])
        #expect(result.status == 0)
        #expect(
            result.standardError
                == "warning: budget total[campaign=Autumn] met: 0 g ≤ 1 g (no line item has campaign=Autumn)\n"
        )
    }

    @Test func anUnknownPlatformScopeIsAUsageError() throws {
        let result = try AuditProcess.run([Self.example, "--budget", "total[platform=tiktk]=1t"])
        #expect(result.status == 64)
        #expect(
            result.standardError.hasPrefix(
                "error: budget scope platform=tiktk: \"tiktk\" is not a known platform; expected one of audio, bilibili,"
            )
        )
    }

    @Test func aBudgetFileThatIsMissingOrWrongStopsTheAudit() throws {
        let missing = try AuditProcess.run([Self.example, "--budget-file", "no-such-budgets.toml"])
        #expect(missing.status == 66)
        #expect(missing.standardError == "error: no-such-budgets.toml: the budget file cannot be read\n")
        let directory = try TemporaryDirectory()
        let file = try directory.write("budgets.toml", "total = \"1t\"\nintensity = 350\n")
        let output = directory.url.appendingPathComponent("report.json").path
        let wrong = try AuditProcess.run([Self.example, "--budget-file", file, "--output", output])
        #expect(wrong.status == 65)
        #expect(
            wrong.standardError.contains(
                "budgets.toml:2: intensity needs a unit: write it as a string, such as intensity = \"350g/kimp\""
            )
        )
        #expect(try directory.fileNames() == ["budgets.toml"])
    }

    @Test func anUnknownBasisIsAUsageError() throws {
        let result = try AuditProcess.run([Self.example, "--budget", "total=10t", "--budget-on", "low"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--budget-on"))
    }
}

/// The parts of a JSON report these tests read, by the schema's names.
private struct JSONReport {
    let budgets: [[String: Any]]
    let lines: [Any]
    let centralEmissions: Double?

    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        budgets = try #require(object["budgets"] as? [[String: Any]])
        lines = try #require(object["lines"] as? [Any])
        let totals = object["totals"] as? [String: Any]
        let emissions = totals?["emissions"] as? [String: Any]
        centralEmissions = emissions?["central"] as? Double
    }
}
