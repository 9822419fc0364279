import SobrietyCore
import Testing

/// Each segment of DESIGN §3 against values computed by hand from ``SampleFactorSet``.
@Suite struct SegmentFormulaTests {
    let factorSet = SampleFactorSet.make()

    func audit(_ lines: [CampaignLine], keepsLines: Bool = true) throws -> AuditReport {
        var estimator = try CampaignEstimator(
            factorSet: factorSet,
            options: EstimationOptions(range: RangeSettings(draws: 200, seed: 7), keepsLines: keepsLines)
        )
        for line in lines { try estimator.add(line) }
        return try estimator.report(inputs: [], tool: ToolInfo(version: "test"), warnings: [])
    }

    /// TikTok video in France, all mobile: 1,000 impressions, 100 watch minutes at 1,000 kbit/s, no waste.
    var videoLine: CampaignLine {
        SampleFactorSet.line("V", platform: "tiktok") {
            $0.format = .video
            $0.buying = .social
            $0.country = "FR"
            $0.device = DeviceMix(only: .mobile)
            $0.impressions = 1_000
            $0.watchMinutes = 100
            $0.bitrateKilobitsPerSecond = 1_000
            $0.invalidTrafficRate = 0
            $0.viewabilityRate = 1
            $0.onTargetRate = 1
        }
    }

    @Test func videoSegmentsMatchHandComputedValues() throws {
        // B = 1,000 × 300,000 + 6,000 s × 1,000 kbit/s × 125 = 1.05e9 bytes; S = T = 6,000 s.
        let line = try #require(try audit([videoLine]).lines.first)
        let expected: [(Segment, Double)] = [
            (.networkUse, 1.05 * (0.5 * 0.1 + 0.5 * 0.02) * 50),  // 3.15
            (.networkEmbodied, 1.05e6 * (0.5 * 8e-6 + 0.5 * 2e-6)),  // 5.25
            (.cdn, 1.05 * 0.001 * 50),  // 0.0525
            (.deviceUse, 6_000.0 / 3_600 * 5 / 1_000 * 50),  // 0.41667
            (.deviceEmbodied, 6_000 * 0.006),  // 36
            (.adSelection, 1_000 * 0.004),  // 4
        ]
        for (segment, grams) in expected {
            let actual = try #require(line.segments[segment]).central.grams
            #expect(abs(actual - grams) <= 1e-12 * grams, "\(segment)")
        }
        #expect(abs(line.emissions.central.grams - 48.869_166_666_666_67) < 1e-9)
        #expect(line.activity.bytes == 1.05e9)
        #expect(line.activity.exposureSeconds == 6_000)
        #expect(line.usefulImpressions == 1_000)
        #expect(line.assumed.isEmpty)
    }

    /// Open-web image, world average, desktop, default creative weight, every waste cause.
    var imageLine: CampaignLine {
        SampleFactorSet.line("I", platform: "open_web") {
            $0.device = DeviceMix(only: .desktop)
            $0.impressions = 2_000
            $0.reach = 100
            $0.frequencyCap = 5
            $0.invalidTrafficRate = 0.1
            $0.madeForAdvertisingRate = 0.2
            $0.viewabilityRate = 0.5
            $0.onTargetRate = 0.5
        }
    }

    @Test func imageSegmentsCarryTheMadeForAdvertisingUplift() throws {
        // B = 2,000 × 600,000 = 1.2e9 bytes; S = 2,000 × 3 s; u = 1 + (360 / 2,000) × (1.5 − 1) = 1.09.
        let line = try #require(try audit([imageLine]).lines.first)
        let uplift = 1.09
        let expected: [(Segment, Double)] = [
            (.networkUse, 1.2 * (0.25 * 0.1 + 0.75 * 0.02) * 500 * uplift),
            (.networkEmbodied, 1.2e6 * (0.25 * 8e-6 + 0.75 * 2e-6) * uplift),
            (.cdn, 1.2 * 0.001 * 500 * uplift),
            (.deviceUse, 6_000.0 / 3_600 * 50 / 1_000 * 500 * uplift),
            (.deviceEmbodied, 6_000 * 0.005 * uplift),
            (.adSelection, 2_000 * 0.3 * uplift),
        ]
        for (segment, grams) in expected {
            let actual = try #require(line.segments[segment]).central.grams
            #expect(abs(actual - grams) <= 1e-12 * grams, "\(segment)")
        }
        #expect(line.assumed == ["format", "buying", "country", "creative_bytes"])
        #expect(line.country == "WORLD")
        #expect(line.buying == "open_exchange")
    }

    @Test func wasteIsChargedInProportionToImpressions() throws {
        let line = try #require(try audit([imageLine]).lines.first)
        // 200 IVT, 360 MFA, 720 non-viewable, 360 out of target, 270 excess frequency; 90 useful.
        #expect(line.waste.map(\.impressions) == [200, 360, 720, 360, 270])
        #expect(line.usefulImpressions == 90)
        for cause in line.waste {
            let expected = line.emissions.central.grams * cause.impressions / 2_000
            #expect(abs(cause.emissions.central.grams - expected) <= 1e-12 * expected)
        }
    }

    @Test func totalsEqualTheSumOfLinesWithOrWithoutDetail() throws {
        let detailed = try audit([videoLine, imageLine])
        let summary = try audit([videoLine, imageLine], keepsLines: false)
        let sum = detailed.lines.reduce(0) { $0 + $1.emissions.central.grams }
        #expect(abs(detailed.totals.emissions.central.grams - sum) <= 1e-9 * sum)
        #expect(summary.lines.isEmpty)
        #expect(summary.totals == detailed.totals)
        #expect(summary.waste == detailed.waste)
        #expect(detailed.totals.impressions == 3_000)
        #expect(detailed.totals.usefulImpressions == 1_090)
    }

    @Test func defaultsAreAppliedAndListedAsAssumed() throws {
        let line = try #require(
            try audit([SampleFactorSet.line("D", platform: "tiktok") { $0.impressions = 500 }]).lines.first
        )
        #expect(
            line.assumed == [
                "format", "buying", "country", "device", "watch_minutes", "resolution", "bitrate_kbps",
                "viewability_rate", "ivt_rate",
                "on_target_rate",
            ]
        )
        // T = 500 × 8 s; bytes = 500 × 300,000 + 4,000 s × 800 kbit/s × 125.
        #expect(line.activity.videoWatchSeconds == 4_000)
        #expect(line.activity.bytes == 500 * 300_000 + 4_000 * 800 * 125)
        let keys = Set(line.factors.map(\.key))
        #expect(keys.isSuperset(of: [.videoWatchSeconds, .videoBitrate, .ivtRate, .deviceShare]))
    }

    @Test func rangesAreDeterministicAndBracketTheCentralEstimate() throws {
        let first = try audit([videoLine, imageLine])
        let second = try audit([videoLine, imageLine])
        #expect(first == second)
        let total = first.totals.emissions
        #expect(total.low < total.central && total.central < total.high)
    }

    @Test func aCountryWithoutGridIntensityIsValuedAtTheWorldAverageWithOneLocatedWarning() throws {
        let lines = [2, 3].map { row in
            SampleFactorSet.line("DE-\(row)", platform: "tiktok", row: row) {
                $0.country = "DE"
                $0.impressions = 100
            }
        }
        let report = try audit(lines)
        #expect(report.lines.map(\.country) == ["WORLD", "WORLD"])
        #expect(
            report.warnings.map(\.message) == [
                "test.csv:2: column 'country': no grid intensity for \"DE\" in the factor set; "
                    + "the world average is used for it (this and any later line with that country)"
            ]
        )
        #expect(report.warnings.first?.line == 2)
    }
}
