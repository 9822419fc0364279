import Foundation
import Testing

/// `--format junit`, `--format sarif` and GitHub Actions annotations, end to end.
@Suite struct CIFormatTests {
    static let example = "Reports/examples/fr-launch.csv"

    @Test func junitAndSarifAreWrittenBesideTheReportsAndTheGateStillExitsOne() throws {
        let directory = try TemporaryDirectory()
        let result = try AuditProcess.run(
            [
                Self.example, "--budget", "total=1t", "-f", "junit", "-f", "sarif", "-f", "json", "-o",
                directory.url.path,
            ]
        )
        #expect(result.status == 1)
        #expect(try directory.fileNames() == ["report.json", "report.junit.xml", "report.sarif"])
        let junit = try String(contentsOf: directory.url.appendingPathComponent("report.junit.xml"), encoding: .utf8)
        #expect(junit.contains("<testcase classname=\"sobriety.budgets\" name=\"budget total\">"))
        #expect(
            junit.contains("<failure type=\"budget-exceeded\" message=\"budget total exceeded: 3.01 t &gt; 1.00 t;")
        )
        let sarif = try Data(contentsOf: directory.url.appendingPathComponent("report.sarif"))
        let log = try #require(try JSONSerialization.jsonObject(with: sarif) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let region = (results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        // FR-OW-06, the largest line item, is on line 7 of the file.
        #expect((region?["region"] as? [String: Any])?["startLine"] as? Int == 7)
    }

    @Test func githubActionsGetsAnnotationsOnStandardError() throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.md").path
        let result = try AuditProcess.run(
            [Self.example, "--budget", "total[platform=tiktok]=100kg", "-o", output],
            environment: ["GITHUB_ACTIONS": "true"]
        )
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let annotation = result.standardError.split(separator: "\n").last.map(String.init)
        #expect(
            annotation
                == "::error file=Reports/examples/fr-launch.csv,line=2,title=Sobriety budget total[platform=tiktok]"
                + "::budget total[platform=tiktok] exceeded: 236 kg > 100 kg; line items behind it: FR-TT-01 (132 kg), "
                + "FR-TT-02 (104 kg)"
        )
    }

    @Test func outsideGitHubActionsThereAreNoAnnotations() throws {
        let result = try AuditProcess.run(
            [Self.example, "--budget", "total=1t", "-f", "json"],
            environment: ["GITHUB_ACTIONS": "false"]
        )
        #expect(result.status == 1)
        #expect(!result.standardError.contains("::error"))
    }
}
