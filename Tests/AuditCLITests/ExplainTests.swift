import Foundation
import Sobriety
import Testing

/// `audit explain`, end to end through the built binary.
@Suite struct ExplainTests {
    static let example = "Reports/examples/fr-launch.csv"

    @Test func aLineIsExplainedSectionBySection() throws {
        let result = try AuditProcess.run(["explain", Self.example, "--line", "FR-TT-01"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let text = result.standardOutput
        for expected in [
            "Line item FR-TT-01 (Reports/examples/fr-launch.csv:2)",
            "  video_views             1,850,000",
            "Assumed (defaults applied): frequency_cap, bitrate_kbps",
            "  grid.intensity              FR",
            "  T = video_views × avg_watch_seconds\n    = 1,850,000 × 6.2\n    = 11,470,000 s",
            "  B = N × video.player_payload + T × video.bitrate[720p] × 125",
            "  networkUse = (B / 1,000,000,000) × (m × network.use.mobile + (1 − m) × network.use.fixed) × g × u",
            "  deviceEmbodied = S_mobile × device.embodied[mobile] × u",
            "  total = networkUse + networkEmbodied + cdn + deviceUse + deviceEmbodied + adSelection",
            "  excess_frequency = remaining × max(0, 1 − (waste.frequency_threshold × reach / N))",
            "  useful impressions = ",
            "Range\n  central ",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("corporate"))
    }

    @Test func corporateIsWrittenOutWhenAskedFor() throws {
        let result = try AuditProcess.run(["explain", Self.example, "--line", "FR-OW-06", "--corporate"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("  corporate = N × corporate.per_impression[web] × u"))
        #expect(result.standardOutput.contains("+ adSelection + corporate\n"))
    }

    @Test func anUnknownLineNamesTheFileAndSomeKnownLines() throws {
        let result = try AuditProcess.run(["explain", Self.example, "--line", "NOPE"])
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError.contains(
                "error: no line item \"NOPE\" in Reports/examples/fr-launch.csv; line items there: "
                    + "\"FR-TT-01\", \"FR-TT-02\", \"FR-IG-03\", \"FR-IG-04\", \"FR-YT-05\" and 3 more"
            ),
            "\(result.standardError)"
        )
    }

    @Test func aMissingLineOptionIsAUsageError() throws {
        let result = try AuditProcess.run(["explain", Self.example])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--line"))
    }

    @Test func twoRunsAreByteIdentical() throws {
        let arguments = ["explain", "Reports/examples/de-pl-video.csv", "--line", "DE-YT-01", "--draws", "200"]
        let first = try AuditProcess.run(arguments)
        let second = try AuditProcess.run(arguments)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == second.standardOutput)
    }
}

/// The explanation of every line of every example against the audit of its whole file.
@Suite struct ExplainExamplesTests {
    static let examples = ["cn-social.csv", "de-pl-video.csv", "fr-launch.csv"]

    @Test(arguments: examples, [false, true])
    func everyLineIsExplainedWithTheAuditsFigures(example: String, corporate: Bool) throws {
        let path = AuditProcess.repositoryRoot.appendingPathComponent("Reports/examples/\(example)").path
        let input = AuditInput(path: path, displayName: example)
        let auditor = try Auditor.bundled()
        let options = EstimationOptions(range: RangeSettings(draws: 300, seed: 5), includesCorporate: corporate)
        let report = try auditor.audit(files: [input], options: options)
        #expect(!report.lines.isEmpty)
        for line in report.lines {
            let explanation = try auditor.explain(files: [input], lineItem: line.lineItem, options: options)
            #expect(explanation.identity.sourceLine == line.sourceLine)
            for step in explanation.segments {
                let expected = try #require(line.segments[step.segment]).central.grams
                #expect(Self.close(step.emissions.grams, expected), "\(line.lineItem) \(step.segment)")
                #expect(Self.close(step.formula.value, expected), "\(line.lineItem) \(step.segment) as written")
            }
            #expect(Self.close(explanation.total.grams, line.emissions.central.grams), "\(line.lineItem)")
            #expect(explanation.range == line.emissions, "\(line.lineItem)")
            #expect(explanation.usefulImpressions == line.usefulImpressions)
            for (step, cause) in zip(explanation.waste, line.waste) {
                #expect(Self.close(step.emissions.grams, cause.emissions.central.grams), "\(line.lineItem)")
            }
            let bytes = try #require(explanation.activity.first { $0.symbol == "B" })
            #expect(Self.close(bytes.value, line.activity.bytes))
            #expect(Self.close(bytes.derivation.value, line.activity.bytes), "\(line.lineItem) B as written")
        }
    }

    static func close(_ actual: Double, _ expected: Double) -> Bool {
        abs(actual - expected) <= 1e-12 * max(abs(expected), Double.leastNormalMagnitude)
    }

    @Test func readingOptionsApplyAsTheyDoToAnAudit() throws {
        let export = "Tests/SobrietyIngestTests/Fixtures/Exports/x-ads.csv"
        let line = "Spring 2026 - Video Views / DE Tech 25-44 / 2026-03-01"

        let defaults = try AuditProcess.run(["explain", export, "--line", line])
        let german = try AuditProcess.run(["explain", export, "--line", line, "--preset", "x-ads", "--country", "DE"])

        #expect(defaults.status == 0, "\(defaults.standardError)")
        #expect(german.status == 0, "\(german.standardError)")
        #expect(defaults.standardOutput.contains("g = grid.intensity[WORLD]"))
        #expect(german.standardOutput.contains("g = grid.intensity[DE]"))
        #expect(!german.standardOutput.contains("Assumed (defaults applied): format, buying, country,"))
    }
}
