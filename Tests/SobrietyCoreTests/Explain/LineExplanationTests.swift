import SobrietyCore
import Testing

/// The explanation against the estimator and against values computed by hand from ``SampleFactorSet``.
@Suite struct LineExplanationTests {
    let factorSet = SampleFactorSet.make()

    /// Lines that take each branch of the method: bitrate given, default watch time and device
    /// bitrates, resolution bitrate with views, default creative weight with every waste cause.
    static let lines: [CampaignLine] = [
        SampleFactorSet.line("given-bitrate", platform: "tiktok", row: 2) {
            $0.country = "FR"
            $0.impressions = 1_000
            $0.watchMinutes = 100
            $0.bitrateKilobitsPerSecond = 1_000
        },
        SampleFactorSet.line("all-defaults", platform: "tiktok", row: 3) { $0.impressions = 500 },
        SampleFactorSet.line("resolution", platform: "open_web", row: 4) {
            $0.format = .video
            $0.buying = .pmp
            $0.device = DeviceMix([.mobile: 0.5, .desktop: 0.3, .tv: 0.2])
            $0.impressions = 3_000
            $0.videoViews = 2_000
            $0.averageWatchSeconds = 7.5
            $0.resolution = "1080p"
            $0.madeForAdvertisingRate = 0.05
        },
        SampleFactorSet.line("image", platform: "open_web", row: 5) {
            $0.device = DeviceMix(only: .desktop)
            $0.impressions = 2_000
            $0.reach = 100
            $0.frequencyCap = 5
            $0.invalidTrafficRate = 0.1
            $0.madeForAdvertisingRate = 0.2
            $0.viewabilityRate = 0.5
            $0.onTargetRate = 0.5
        },
        SampleFactorSet.line("given-bytes", platform: "open_web", row: 6) {
            $0.format = .carousel
            $0.country = "DE"
            $0.impressions = 10_000
            $0.reach = 4_000
            $0.creativeBytes = 250_000
        },
    ]

    func options(corporate: Bool) -> EstimationOptions {
        EstimationOptions(range: RangeSettings(draws: 200, seed: 7), includesCorporate: corporate)
    }

    func audit(corporate: Bool) throws -> AuditReport {
        var estimator = try CampaignEstimator(factorSet: factorSet, options: options(corporate: corporate))
        for line in Self.lines { try estimator.add(line) }
        return try estimator.report(inputs: [], tool: ToolInfo(version: "test"), warnings: [])
    }

    @Test(arguments: [false, true])
    func everyFigureEqualsTheEstimatorsLineReport(corporate: Bool) throws {
        let report = try audit(corporate: corporate)
        for (line, lineReport) in zip(Self.lines, report.lines) {
            let explanation = try LineExplanation(
                line: line,
                factorSet: factorSet,
                options: options(corporate: corporate)
            )
            for step in explanation.segments {
                let expected = try #require(lineReport.segments[step.segment]).central.grams
                #expect(Self.close(step.emissions.grams, expected), "\(line.lineItem) \(step.segment)")
            }
            #expect(explanation.segments.count == (corporate ? 7 : 6))
            #expect(Self.close(explanation.total.grams, lineReport.emissions.central.grams), "\(line.lineItem)")
            #expect(explanation.range == lineReport.emissions, "\(line.lineItem): the range of the whole audit")
            #expect(explanation.usefulImpressions == lineReport.usefulImpressions)
            #expect(explanation.waste.map(\.impressions) == lineReport.waste.map(\.impressions))
            for (step, cause) in zip(explanation.waste, lineReport.waste) {
                #expect(
                    Self.close(step.emissions.grams, cause.emissions.central.grams),
                    "\(line.lineItem) \(step.cause)"
                )
            }
            #expect(explanation.assumed == lineReport.assumed)
            #expect(explanation.factors.map(\.applied) == lineReport.factors)
            #expect(explanation.identity.country == lineReport.country)
        }
    }

    @Test func theWrittenFormulasEvaluateToTheFiguresTheyExplain() throws {
        for line in Self.lines {
            let explanation = try LineExplanation(line: line, factorSet: factorSet, options: options(corporate: true))
            for step in explanation.segments {
                #expect(Self.close(step.formula.value, step.emissions.grams), "\(line.lineItem) \(step.segment)")
            }
            for quantity in explanation.activity + explanation.parameters + [explanation.uplift] {
                #expect(Self.close(quantity.derivation.value, quantity.value), "\(line.lineItem) \(quantity.symbol)")
            }
            for step in explanation.waste {
                #expect(Self.close(step.formula.value, step.impressions), "\(line.lineItem) \(step.cause)")
            }
        }
    }

    /// TikTok video in France, all mobile: 1,000 impressions, 100 watch minutes at 1,000 kbit/s.
    @Test func aSimpleLineMatchesHandComputedValues() throws {
        let explanation = try LineExplanation(
            line: Self.lines[0],
            factorSet: factorSet,
            options: options(corporate: false)
        )
        // T = 100 × 60 = 6,000 s; B = 1,000 × 300,000 + 6,000 × 1,000 × 125 = 1.05e9 bytes.
        let activity = Dictionary(uniqueKeysWithValues: explanation.activity.map { ($0.symbol, $0.value) })
        #expect(activity == ["N": 1_000, "T": 6_000, "S_mobile": 6_000, "S": 6_000, "B": 1.05e9])
        // Waste: 2% IVT (20), no MFA on TikTok, 30% of 980 non-viewable (294), 40% of 686 off target (274.4).
        for (step, expected) in zip(explanation.waste, [20, 0, 294, 274.4, 0]) {
            #expect(abs(step.impressions - expected) <= 1e-9, "\(step.cause)")
        }
        #expect(Self.close(explanation.usefulImpressions, 411.6))
        #expect(explanation.uplift.value == 1)
        let expected: [Segment: Double] = [
            .networkUse: 1.05 * (0.5 * 0.1 + 0.5 * 0.02) * 50,
            .networkEmbodied: 1.05e6 * (0.5 * 8e-6 + 0.5 * 2e-6),
            .cdn: 1.05 * 0.001 * 50,
            .deviceUse: 6_000.0 / 3_600 * 5 / 1_000 * 50,
            .deviceEmbodied: 6_000 * 0.006,
            .adSelection: 1_000 * 0.004,
        ]
        for step in explanation.segments {
            #expect(Self.close(step.emissions.grams, try #require(expected[step.segment])), "\(step.segment)")
        }
        #expect(Self.close(explanation.total.grams, 48.869_166_666_666_67))
        let inputs = explanation.inputs.map(\.name)
        #expect(inputs == ["line_item", "platform", "country", "impressions", "watch_minutes", "bitrate_kbps"])
        #expect(
            explanation.assumed == [
                "format", "buying", "device", "viewability_rate", "ivt_rate", "on_target_rate",
            ]
        )
        let grid = try #require(explanation.factors.first { $0.applied.key == .gridIntensity })
        #expect(grid.year == 2026)
        #expect(grid.sourceTitle == "Round numbers")
        let bitrate = try #require(explanation.factors.first { $0.applied.key == .videoBitrate })
        #expect(bitrate.applied.source == AppliedFactor.inputSource)
        #expect(bitrate.year == nil)
    }

    @Test func aDefaultDeviceMixCitesThePlatformsStoredShare() throws {
        let explanation = try LineExplanation(
            line: Self.lines[1],
            factorSet: factorSet,
            options: options(corporate: false)
        )
        let share = try #require(explanation.factors.first { $0.applied.key == .deviceShare })
        #expect(share.applied.source == "TEST")
        #expect(share.year == 2026)
        let parameter = try #require(explanation.parameters.first { $0.symbol == "s_mobile" })
        #expect(parameter.derivation == .operand(Operand(symbol: "platform.device_share[tiktok/mobile]", value: 1)))
    }

    @Test func anUnknownPlatformIsTheResolversError() throws {
        let line = SampleFactorSet.line("X", platform: "myspace") { $0.impressions = 1 }
        #expect(throws: Diagnostic.self) { try LineExplanation(line: line, factorSet: factorSet) }
    }

    static func close(_ actual: Double, _ expected: Double) -> Bool {
        abs(actual - expected) <= 1e-12 * max(abs(expected), Double.leastNormalMagnitude)
    }
}
