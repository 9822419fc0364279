import Foundation
import Testing

/// Platform exports audited end to end through the built binary, with no options.
@Suite struct ExportPresetTests {
    /// A fixture of `Tests/SobrietyIngestTests/Fixtures/Exports/`, its preset, and the impressions of its data rows.
    struct Fixture: CustomTestStringConvertible, Sendable {
        let file: String
        let preset: String
        /// The impressions cell of each data row, as the fixture writes it; total rows left out.
        let dataRowImpressions: [String]
        var testDescription: String { file }
    }

    static let fixtures: [Fixture] = [
        Fixture(file: "meta-ads-placement.csv", preset: "meta-ads", dataRowImpressions: ["412877", "98455", "40114"]),
        Fixture(file: "meta-ads-french.csv", preset: "meta-ads", dataRowImpressions: ["15880", "14902"]),
        Fixture(
            file: "meta-ads-german-semicolon.csv",
            preset: "meta-ads",
            dataRowImpressions: ["12.480", "11.902", "3.050"]
        ),
        Fixture(file: "google-ads-campaigns.csv", preset: "google-ads", dataRowImpressions: ["1,204,331", "402,118"]),
        Fixture(file: "google-ads-excel.csv", preset: "google-ads", dataRowImpressions: ["812,440", "190,771"]),
        Fixture(file: "cm360-report.csv", preset: "cm360", dataRowImpressions: ["118204", "402118"]),
        Fixture(file: "dv360-report.csv", preset: "dv360", dataRowImpressions: ["88412", "152908"]),
        Fixture(file: "tiktok-ads-daily.csv", preset: "tiktok-ads", dataRowImpressions: ["128520", "119194"]),
        Fixture(file: "linkedin-ads-english.csv", preset: "linkedin-ads", dataRowImpressions: ["38211", "36540"]),
        Fixture(file: "linkedin-ads-portuguese.csv", preset: "linkedin-ads", dataRowImpressions: ["58369", "61004"]),
        Fixture(file: "snapchat-ads.csv", preset: "snapchat-ads", dataRowImpressions: ["96420", "91955"]),
        Fixture(file: "x-ads.csv", preset: "x-ads", dataRowImpressions: ["70215", "68110"]),
        Fixture(file: "pinterest-ads.csv", preset: "pinterest-ads", dataRowImpressions: ["40211", "39005"]),
        Fixture(file: "douyin-ads.csv", preset: "douyin-ads", dataRowImpressions: ["402,118", "377,904"]),
        Fixture(file: "xiaohongshu-ads.csv", preset: "xiaohongshu-ads", dataRowImpressions: ["88,420", "85,113"]),
    ]

    static let fixtureDirectory = "Tests/SobrietyIngestTests/Fixtures/Exports"

    /// Audits `arguments` to a JSON report and decodes it.
    private func jsonReport(_ arguments: [String]) throws -> (report: [String: Any], standardError: String) {
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.json").path
        let result = try AuditProcess.run(arguments + ["--format", "json", "--output", output])
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        return (try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]), result.standardError)
    }

    @Test(arguments: fixtures)
    func isDetectedAndAuditedWithoutOptions(_ fixture: Fixture) throws {
        let (report, _) = try jsonReport(["\(Self.fixtureDirectory)/\(fixture.file)"])

        let inputs = try #require(report["inputs"] as? [[String: Any]])
        #expect(inputs.first?["format"] as? String == fixture.preset)
        #expect(inputs.first?["rows"] as? Int == fixture.dataRowImpressions.count)
        let totals = try #require(report["totals"] as? [String: Any])
        let expected = fixture.dataRowImpressions.compactMap { Int($0.filter(\.isNumber)) }.reduce(0, +)
        #expect((totals["impressions"] as? NSNumber)?.intValue == expected)
        let emissions = try #require(totals["emissions"] as? [String: Any])
        #expect(((emissions["central"] as? NSNumber)?.doubleValue ?? 0) > 0)
    }

    @Test func unmappedColumnsAreWarnedOnceAndDefaultsAreListedAsAssumed() throws {
        let (report, standardError) = try jsonReport(["\(Self.fixtureDirectory)/x-ads.csv"])

        let warnings = try #require(report["warnings"] as? [[String: Any]])
        let unmapped = warnings.filter { $0["code"] as? String == "unmapped-columns" }
        #expect(unmapped.count == 1)
        #expect(
            (unmapped.first?["message"] as? String)?.contains("'Average frequency', 'Clicks', 'Video completions'")
                == true
        )
        #expect(standardError.components(separatedBy: "not mapped").count == 2)
        let lines = try #require(report["lines"] as? [[String: Any]])
        #expect((lines.first?["assumed"] as? [String])?.contains("country") == true)
    }

    @Test func countryAndDeviceFlagsSetThemForTheWholeFile() throws {
        let (report, _) = try jsonReport([
            "\(Self.fixtureDirectory)/x-ads.csv", "--country", "DE", "--device", "mobile",
        ])

        let lines = try #require(report["lines"] as? [[String: Any]])
        #expect(lines.allSatisfy { $0["country"] as? String == "DE" })
        #expect(lines.allSatisfy { ($0["assumed"] as? [String])?.contains("country") == false })
        #expect(lines.allSatisfy { ($0["assumed"] as? [String])?.contains("device") == false })
    }

    @Test func aBadFileWideValueIsAUsageError() throws {
        let result = try AuditProcess.run(["\(Self.fixtureDirectory)/x-ads.csv", "--country", "Atlantis"])

        #expect(result.status == 64)
        #expect(result.standardError.contains("--country: \"Atlantis\" is not a known country"))
    }

    @Test func presetCanBeForcedAndAnUnknownOneIsAUsageError() throws {
        let (report, _) = try jsonReport(["\(Self.fixtureDirectory)/tiktok-ads-daily.csv", "--preset", "tiktok-ads"])
        #expect((report["inputs"] as? [[String: Any]])?.first?["format"] as? String == "tiktok-ads")

        let unknown = try AuditProcess.run(["\(Self.fixtureDirectory)/tiktok-ads-daily.csv", "--preset", "myspace"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("--preset myspace is not a preset; available: auto, canonical, cm360"))
    }

    @Test func mappingFileReadsAnyOtherExport() throws {
        let directory = try TemporaryDirectory()
        let mapping = try directory.write(
            "acme.toml",
            """
            name = "acme-dsp"
            platform = "ctv"

            [line_item]
            columns = [["Flight"]]

            [fields]
            impressions = ["Imps"]

            """
        )
        let export = try directory.write("acme.csv", "Flight,Imps\nF1,\"1,200\"\nF2,800\n")
        let (report, _) = try jsonReport([export, "--mapping", mapping])

        #expect((report["inputs"] as? [[String: Any]])?.first?["format"] as? String == "acme-dsp")
        #expect(((report["totals"] as? [String: Any])?["impressions"] as? NSNumber)?.intValue == 2000)
    }

    @Test func unknownShapeExitsSixtyFiveListingTheColumns() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write("plan.csv", "Flight,Spot,Contacts\nA,1,100\n")
        let result = try AuditProcess.run([input])

        #expect(result.status == 65)
        #expect(
            result.standardError.contains(
                "plan.csv:1: not a canonical campaign file, nor an export a preset recognises"
            )
        )
        #expect(result.standardError.contains("found columns: Flight, Spot, Contacts"))
        #expect(result.standardError.contains("line_item, platform and impressions (or video_views)"))
    }

    @Test func badValueInAnExportNamesItsLineAndHeader() throws {
        let directory = try TemporaryDirectory()
        let input = try directory.write(
            "report.csv",
            "Campaign report\nAll time\nCampaign,Impr.,Cost\nSpring,\"1,204\",1.5\nSummer,lots,2\n"
        )
        let result = try AuditProcess.run([input])

        #expect(result.status == 65)
        #expect(result.standardError.contains("report.csv:5: column 'Impr.': \"lots\" is not a whole number"))
    }

    @Test func aMissingMappingFileExitsSixtySix() throws {
        let result = try AuditProcess.run(["\(Self.fixtureDirectory)/x-ads.csv", "--mapping", "no-such-mapping.toml"])

        #expect(result.status == 66)
        #expect(result.standardError.contains("no-such-mapping.toml"))
    }
}
