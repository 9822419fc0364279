import Foundation
import Sobriety
import Testing

/// `--lean-plan`: the lean plan written as a canonical CSV, and audited again, gives the report's
/// `leanPlan` figures exactly.
@Suite struct LeanPlanTests {
    func decodedReport(at path: String) throws -> AuditReport {
        try JSONDecoder().decode(AuditReport.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test(arguments: ReportArithmeticTests.examples)
    func auditingTheLeanPlanReproducesItsTotals(example: String) throws {
        let directory = try TemporaryDirectory()
        let leanCSV = directory.url.appendingPathComponent("lean.csv").path
        let reportPath = directory.url.appendingPathComponent("report.json").path
        let leanReportPath = directory.url.appendingPathComponent("lean.json").path
        let first = try AuditProcess.run(
            ["Reports/examples/\(example).csv", "--lean-plan", leanCSV, "--output", reportPath]
        )
        #expect(first.status == 0, "\(first.standardError)")
        let second = try AuditProcess.run([leanCSV, "--output", leanReportPath])
        #expect(second.status == 0, "\(second.standardError)")

        let lean = try #require(try decodedReport(at: reportPath).leanPlan)
        let audited = try decodedReport(at: leanReportPath).totals
        #expect(lean.emissions == audited.emissions)
        #expect(lean.impressions == audited.impressions)
        #expect(lean.usefulImpressions == audited.usefulImpressions)
        // Every lever but the mix leaves a lean plan as it is: auditing it again finds nothing else to change.
        let again = try decodedReport(at: leanReportPath)
        #expect(
            again.recommendations.allSatisfy { $0.lever == "platform_mix" },
            "\(again.recommendations.map(\.lever))"
        )
    }

    @Test func theLeanPlanHasTheContractColumnsAndTheInputLines() throws {
        let directory = try TemporaryDirectory()
        let leanCSV = directory.url.appendingPathComponent("lean.csv").path
        let result = try AuditProcess.run(["Reports/examples/fr-launch.csv", "--lean-plan", leanCSV, "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try String(contentsOfFile: leanCSV, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == Substring(CampaignLine.canonicalColumns.joined(separator: ",")))
        #expect(
            rows.dropFirst().map { $0.prefix { $0 != "," } } == [
                "FR-TT-01", "FR-TT-02", "FR-IG-03", "FR-IG-04", "FR-YT-05", "FR-OW-06", "FR-OW-07", "FR-LI-08",
            ]
        )
        #expect(rows.contains { $0.hasPrefix("FR-OW-06,Lancement printemps,open_web,image,display 300x250,pmp,") })
    }

    @Test func aSummaryAuditCannotWriteALeanPlan() throws {
        let directory = try TemporaryDirectory()
        let leanCSV = directory.url.appendingPathComponent("lean.csv").path
        let result = try AuditProcess.run(["Reports/examples/fr-launch.csv", "--summary", "--lean-plan", leanCSV])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--lean-plan needs per-line detail; drop --summary"))
        #expect(try directory.fileNames().isEmpty)
    }

    @Test func badInputWritesNoLeanPlan() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("bad.csv", "line_item,platform,impressions\nA,tiktok,-5\n")
        let result = try AuditProcess.run([input, "--lean-plan", directory.url.appendingPathComponent("lean.csv").path])
        #expect(result.status == 65)
        #expect(try directory.fileNames() == ["bad.csv"])
    }
}
