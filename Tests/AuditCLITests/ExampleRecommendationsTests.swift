import Foundation
import Sobriety
import Testing

/// The recommendations of the example campaigns, pinned: which lever, on which lines, in which
/// rank, and that each makes sense for the lines it names.
@Suite struct ExampleRecommendationsTests {
    static func report(_ example: String) throws -> AuditReport {
        let path = AuditProcess.repositoryRoot.appendingPathComponent("Reports/examples/\(example).csv").path
        return try Auditor.bundled().audit(files: [AuditInput(path: path)])
    }

    @Test func theFrenchLaunchBuysItsDisplayThroughOnePathFirst() throws {
        let report = try Self.report("fr-launch")
        #expect(
            report.recommendations.map(\.lever) == [
                "supply_path", "viewability_floor", "mfa_exclusion", "audience_refinement", "ivt_filtering",
                "video_bitrate", "platform_mix", "frequency_cap", "creative_weight",
            ]
        )
        let top = report.recommendations[0]
        #expect(top.lineItems == ["FR-OW-06"])
        #expect(
            top.action
                == "Buy through one supply path, a curated PMP deal, instead of the open exchange on FR-OW-06 (open_exchange → pmp)."
        )
        let frequency = try #require(report.recommendations.first { $0.lever == "frequency_cap" })
        #expect(
            frequency.action == "Cap frequency (exposures per person) on FR-TT-01 (11.1 → 10) and FR-YT-05 (4 → 3)."
        )
        let bitrate = try #require(report.recommendations.first { $0.lever == "video_bitrate" })
        #expect(bitrate.lineItems == ["FR-TT-02", "FR-YT-05"])
        #expect(
            try #require(report.recommendations.first { $0.lever == "mfa_exclusion" }).lineItems == [
                "FR-OW-06", "FR-OW-07",
            ]
        )
    }

    @Test func theGermanAndPolishVideoCampaignRightSizesVideoFirst() throws {
        let report = try Self.report("de-pl-video")
        #expect(report.recommendations.prefix(3).map(\.lever) == ["video_bitrate", "video_length", "supply_path"])
        let bitrate = report.recommendations[0]
        #expect(bitrate.action.contains("DE-CTV-02 (2160p → 1080p on tv)"))
        #expect(bitrate.action.contains("DE-YT-01 (1080p → 720p on mobile)"))
        #expect(report.recommendations[1].lineItems == ["DE-YT-01", "DE-CTV-02", "PL-CTV-09"])
        #expect(report.recommendations[2].lineItems == ["DE-CTV-03", "DE-OW-04", "PL-OW-08"])
    }

    @Test func theChineseSocialCampaignHasNoOpenWebLevers() throws {
        let report = try Self.report("cn-social")
        #expect(
            report.recommendations.prefix(3).map(\.lever) == ["video_bitrate", "audience_refinement", "platform_mix"]
        )
        #expect(!report.recommendations.contains { ["mfa_exclusion", "supply_path"].contains($0.lever) })
    }

    @Test(arguments: ReportArithmeticTests.examples)
    func everyRecommendationFitsTheLinesItNames(example: String) throws {
        let report = try Self.report(example)
        let lines = Dictionary(uniqueKeysWithValues: report.lines.map { ($0.lineItem, $0) })
        let total = report.totals.emissions.central.grams
        for recommendation in report.recommendations {
            #expect(recommendation.savings.central.grams > 0)
            #expect(
                recommendation.lineItems.allSatisfy {
                    recommendation.action.contains($0) || recommendation.lineItems.count > 5
                }
            )
            let named = recommendation.lineItems.compactMap { lines[$0] }
            #expect(named.count == recommendation.lineItems.count)
            switch recommendation.lever {
            case "mfa_exclusion": #expect(named.allSatisfy { ["open_web", "ctv"].contains($0.platform) })
            case "supply_path": #expect(named.allSatisfy { $0.buying == "open_exchange" })
            case "video_bitrate", "video_length": #expect(named.allSatisfy { $0.format == "video" })
            case "creative_weight": #expect(named.allSatisfy { $0.format != "video" })
            default: break
            }
            // Only narrowing the audience or moving impressions elsewhere reaches fewer people.
            if !["audience_refinement", "platform_mix"].contains(recommendation.lever) {
                #expect(recommendation.reachKept > 0.9999, "\(recommendation.lever)")
            }
            #expect(recommendation.usefulImpressionsKept > 0.9999, "\(recommendation.lever)")
        }
        let saved = report.recommendations.reduce(0) { $0 + $1.savings.central.grams }
        let lean = try #require(report.leanPlan).emissions.central.grams
        #expect(abs(saved - (total - lean)) <= 1e-9 * total)
    }
}
