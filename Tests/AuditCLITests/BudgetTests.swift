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
