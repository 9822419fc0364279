import SobrietyCore
import Testing

/// Each lever on a line built so that it is the only one that applies, against values computed
/// by hand from ``SampleFactorSet``.
@Suite struct LeverTests {
    let factorSet = SampleFactorSet.make()

    func audit(_ lines: [CampaignLine]) throws -> CampaignAudit {
        var estimator = try CampaignEstimator(
            factorSet: factorSet,
            options: EstimationOptions(range: RangeSettings(draws: 200, seed: 7))
        )
        for line in lines { try estimator.add(line) }
        return try estimator.audit(inputs: [], tool: ToolInfo(version: "test"), warnings: [])
    }

    /// A line with no waste but its own, and nothing a lever would change.
    static func cleanLine(_ id: String, platform: String = "tiktok", _ configure: (inout CampaignLine) -> Void)
        -> CampaignLine
    {
        SampleFactorSet.line(id, platform: platform) {
            $0.country = "FR"
            $0.device = DeviceMix(only: .mobile)
            $0.impressions = 1_000_000
            $0.invalidTrafficRate = 0
            $0.madeForAdvertisingRate = 0
            $0.viewabilityRate = 1
            $0.onTargetRate = 1
            if platform == "tiktok" {
                $0.format = .video
                $0.buying = .social
                $0.watchMinutes = 100_000
                $0.bitrateKilobitsPerSecond = 1_000
            } else {
                $0.format = .image
                $0.buying = .pmp
                $0.creativeBytes = 100_000
            }
            configure(&$0)
        }
    }

    @Test func aCleanPlanHasNothingToChange() throws {
        let result = try audit([Self.cleanLine("A") { _ in }, Self.cleanLine("B", platform: "open_web") { _ in }])
        #expect(result.report.recommendations.isEmpty)
        #expect(result.report.leanPlan?.emissions.central == result.report.totals.emissions.central)
    }

    @Test func frequencyCapKeepsCapTimesReachAndEveryUsefulImpression() throws {
        let result = try audit([Self.cleanLine("A") { $0.reach = 50_000 }])
        let recommendation = try #require(result.report.recommendations.first)
        #expect(result.report.recommendations.map(\.lever) == ["frequency_cap"])
        #expect(recommendation.action == "Cap frequency (exposures per person) on A (20 → 10).")
        // Threshold 10 × reach 50,000: half the impressions, and half the watch time with them.
        #expect(result.leanPlanLines[0].impressions == 500_000)
        #expect(result.leanPlanLines[0].watchMinutes == 50_000)
        let total = result.report.totals.emissions.central.grams
        #expect(abs(recommendation.savings.central.grams - total / 2) <= 1e-9 * total)
        #expect(recommendation.usefulImpressionsKept == 1)
        #expect(recommendation.reachKept == 1)
    }

    @Test func ivtFilteringBuysFewerImpressionsForTheSameHumanOnes() throws {
        let result = try audit([Self.cleanLine("W", platform: "open_web") { $0.invalidTrafficRate = 0.11 }])
        #expect(result.report.recommendations.map(\.lever) == ["ivt_filtering"])
        let lean = result.leanPlanLines[0]
        #expect(lean.invalidTrafficRate == 0.01)
        // 1,000,000 × 0.89 / 0.99, rounded down.
        #expect(lean.impressions == 898_989)
        let recommendation = try #require(result.report.recommendations.first)
        #expect(recommendation.usefulImpressionsKept > 0.999_99)
        #expect(recommendation.reachKept > 0.999_99)
        #expect(recommendation.sources == ["TEST"])
    }

    @Test func audienceRefinementLosesOnlyThePeopleOutsideTheTarget() throws {
        let result = try audit([
            Self.cleanLine("W", platform: "open_web") {
                $0.onTargetRate = 0.6
                $0.reach = 400_000
            }
        ])
        let recommendation = try #require(result.report.recommendations.first)
        #expect(recommendation.lever == "audience_refinement")
        // Reach and impressions both scale by 0.6 / 0.75.
        #expect(result.leanPlanLines[0].impressions == 800_000)
        #expect(result.leanPlanLines[0].reach == 320_000)
        #expect(abs(recommendation.reachKept - 0.8) < 1e-12)
        #expect(recommendation.usefulImpressionsKept == 1)
    }

    @Test func supplyPathChangesOnlyAdSelectionAndWritesTheRatesItAssumed() throws {
        let line = Self.cleanLine("W", platform: "open_web") {
            $0.buying = .openExchange
            $0.invalidTrafficRate = 0.01
            $0.madeForAdvertisingRate = 0.01
            $0.viewabilityRate = nil
            $0.onTargetRate = 0.75
        }
        let result = try audit([line])
        // The viewability default (0.7) is below the floor (0.8): that lever comes first.
        #expect(result.report.recommendations.map(\.lever).sorted() == ["supply_path", "viewability_floor"])
        let supplyPath = try #require(result.report.recommendations.first { $0.lever == "supply_path" })
        let lean = result.leanPlanLines[0]
        #expect(lean.buying == .pmp)
        #expect(lean.viewabilityRate == 0.8)
        // Ad selection 0.3 → 0.1 g per impression, uplifted by MFA: u = 1 + 0.99 × 0.01 × (1.5 − 1).
        let impressions = Double(try #require(lean.impressions))
        let expected = impressions * 0.2 * (1 + 0.99 * 0.01 * 0.5)
        #expect(abs(supplyPath.savings.central.grams - expected) <= 1e-9 * expected)
        #expect(supplyPath.changes.map(\.column) == ["buying"])
    }

    @Test func videoBitrateMovesAPhoneLineFrom1080pTo720p() throws {
        let result = try audit([
            Self.cleanLine("V") {
                $0.bitrateKilobitsPerSecond = nil
                $0.resolution = "1080p"
            }
        ])
        #expect(result.report.recommendations.map(\.lever) == ["video_bitrate"])
        #expect(result.leanPlanLines[0].resolution == "720p")
        #expect(result.report.recommendations[0].action.contains("V (1080p → 720p on mobile)"))
    }

    @Test func videoLengthCapsWatchTimeAtTheCutDown() throws {
        let result = try audit([
            Self.cleanLine("V") {
                $0.watchMinutes = nil
                $0.videoViews = 500_000
                $0.averageWatchSeconds = 20
                $0.videoDurationSeconds = 30
            }
        ])
        #expect(result.report.recommendations.map(\.lever) == ["video_length"])
        #expect(result.leanPlanLines[0].averageWatchSeconds == 15)
        #expect(result.leanPlanLines[0].videoDurationSeconds == 15)
    }

    @Test func videoLengthLeavesLinesWithoutAMeasuredWatchTime() throws {
        let result = try audit([
            Self.cleanLine("V") {
                $0.watchMinutes = nil
                $0.videoDurationSeconds = 30
            }
        ])
        #expect(result.report.recommendations.isEmpty)
    }

    @Test func creativeWeightCompressesADefaultImage() throws {
        let result = try audit([Self.cleanLine("W", platform: "open_web") { $0.creativeBytes = nil }])
        #expect(result.report.recommendations.map(\.lever) == ["creative_weight"])
        #expect(result.leanPlanLines[0].creativeBytes == 300_000)
        #expect(result.report.recommendations[0].action.contains("W (600 kB → 300 kB)"))
    }

    @Test func platformMixMovesUsefulImpressionsToTheLeanerComparableLine() throws {
        let heavy = Self.cleanLine("OW", platform: "open_web") {
            $0.format = .video
            $0.watchMinutes = 100_000
            $0.bitrateKilobitsPerSecond = 1_000
            $0.creativeBytes = nil
        }
        let result = try audit([heavy, Self.cleanLine("TT") { _ in }])
        #expect(result.report.recommendations.map(\.lever) == ["platform_mix"])
        let recommendation = result.report.recommendations[0]
        #expect(recommendation.lineItems == ["OW", "TT"])
        // 20% of OW's 1,000,000 useful impressions move to TT.
        #expect(result.leanPlanLines[0].impressions == 800_000)
        #expect(result.leanPlanLines[1].impressions == 1_200_000)
        #expect(recommendation.usefulImpressionsKept == 1)
    }

    @Test func savingsAreRankedAndAddUpToTheLeanPlan() throws {
        let result = try audit([
            Self.cleanLine("A") {
                $0.reach = 50_000
                $0.viewabilityRate = nil
                $0.resolution = "1080p"
                $0.bitrateKilobitsPerSecond = nil
            },
            Self.cleanLine("W", platform: "open_web") {
                $0.buying = .openExchange
                $0.invalidTrafficRate = nil
                $0.creativeBytes = nil
            },
        ])
        let report = result.report
        let savings = report.recommendations.map(\.savings.central.grams)
        #expect(savings == savings.sorted(by: >))
        #expect(savings.allSatisfy { $0 > 0 })
        let lean = try #require(report.leanPlan)
        let gap = report.totals.emissions.central.grams - lean.emissions.central.grams
        #expect(abs(savings.reduce(0, +) - gap) <= 1e-9 * report.totals.emissions.central.grams)
        let applied = report.recommendations.sorted { $0.order < $1.order }.map(\.lever)
        #expect(applied == Lever.allCases.map(\.rawValue).filter(applied.contains))
    }
}
