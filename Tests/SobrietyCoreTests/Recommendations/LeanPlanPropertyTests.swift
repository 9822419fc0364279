import PropertyBased
import SobrietyCore
import Testing

/// The invariants of DESIGN §3 and of the lean planner on generated campaigns.
@Suite struct LeanPlanPropertyTests {
    static let factorSet = SampleFactorSet.make()
    static let options = EstimationOptions(range: RangeSettings(draws: 50, seed: 3))

    /// One of `values`, shrinking towards the first.
    static func choice<Value: Sendable>(_ values: [Value]) -> Generator<Value, Shrink.Integer<Int>> {
        Gen.int(in: 0...(values.count - 1)).map { values[$0] }
    }

    /// A campaign line with some columns given and the others left to defaults.
    static let line = zip(
        zip(
            choice(["tiktok", "open_web"]),
            choice([nil, AdFormat.video, .image, .story]),
            choice([nil] + BuyingMode.allCases),
            choice([nil, "FR", "DE"]),
            Gen.int(in: 0...3_000_000),
            Gen.double(in: 0.01...1).optional
        ),
        zip(
            Gen.double(in: 0...0.3).optional,
            Gen.double(in: 0...0.3).optional,
            Gen.double(in: 0.2...1).optional,
            Gen.double(in: 0.2...1).optional,
            Gen.double(in: 1...20).optional
        ),
        zip(
            Gen.double(in: 1...60).optional,
            Gen.double(in: 5...60).optional,
            choice([nil, "720p", "1080p"]),
            Gen.double(in: 200...8_000).optional,
            Gen.int(in: 1_000...2_000_000).optional
        )
    )
    .map { identity, waste, video in
        let (platform, format, buying, country, impressions, reachShare) = identity
        let (ivt, mfa, viewability, onTarget, cap) = waste
        let (watchSeconds, duration, resolution, bitrate, creativeBytes) = video
        var line = CampaignLine(location: SourceLocation(file: "gen.csv", line: 2), lineItem: "", platform: platform)
        line.format = format
        line.buying = buying
        line.country = country
        line.impressions = impressions
        line.reach = reachShare.map { Int(Double(impressions) * $0) }
        line.invalidTrafficRate = ivt
        line.madeForAdvertisingRate = mfa
        line.viewabilityRate = viewability
        line.onTargetRate = onTarget
        line.frequencyCap = cap
        if let watchSeconds {
            line.videoViews = impressions / 2
            line.averageWatchSeconds = watchSeconds
        }
        line.videoDurationSeconds = duration
        line.resolution = resolution
        line.bitrateKilobitsPerSecond = bitrate
        line.creativeBytes = creativeBytes
        return line
    }

    /// A campaign of one to ten generated lines with distinct ids.
    static let campaign = line.array(of: 1...10).map { lines in
        lines.enumerated().map { index, line in
            var named = line
            named.lineItem = "L\(index + 1)"
            named.location = SourceLocation(file: "gen.csv", line: index + 2)
            return named
        }
    }

    static func audit(_ lines: [CampaignLine]) throws -> CampaignAudit {
        var estimator = try CampaignEstimator(factorSet: factorSet, options: options)
        for line in lines { try estimator.add(line) }
        return try estimator.audit(inputs: [], tool: ToolInfo(version: "test"), warnings: [])
    }

    static func close(_ value: Double, _ expected: Double, scale: Double) -> Bool {
        abs(value - expected) <= 1e-9 * max(1, abs(scale))
    }

    @Test func wasteNeverExceedsEmissionsAndImpressionsAddUp() async {
        await propertyCheck(input: Self.campaign) { lines in
            let report = try Self.audit(lines).report
            let total = report.totals.emissions.central.grams
            #expect(report.waste.emissions.central.grams <= total * (1 + 1e-12))
            let wasted = report.waste.causes.reduce(0) { $0 + $1.impressions }
            #expect(
                Self.close(
                    report.totals.usefulImpressions + wasted,
                    report.totals.impressions,
                    scale: report.totals.impressions
                )
            )
            for line in report.lines {
                #expect(
                    line.waste.reduce(0) { $0 + $1.emissions.central.grams } <= line.emissions.central.grams
                        * (1 + 1e-12)
                )
                let lineWasted = line.waste.reduce(0) { $0 + $1.impressions }
                #expect(Self.close(line.usefulImpressions + lineWasted, line.impressions, scale: line.impressions))
            }
        }
    }

    @Test func partsSumToTheTotal() async {
        await propertyCheck(input: Self.campaign) { lines in
            let report = try Self.audit(lines).report
            let total = report.totals.emissions.central.grams
            let segments = Segment.allCases.compactMap { report.segments[$0]?.central.grams }.reduce(0, +)
            #expect(Self.close(segments, total, scale: total))
            #expect(Self.close(report.lines.reduce(0) { $0 + $1.emissions.central.grams }, total, scale: total))
        }
    }

    @Test func everySavingIsPositiveAndTheyAddUpToTheLeanPlan() async {
        await propertyCheck(input: Self.campaign) { lines in
            let report = try Self.audit(lines).report
            let total = report.totals.emissions.central.grams
            let lean = try #require(report.leanPlan).emissions.central.grams
            #expect(report.recommendations.allSatisfy { $0.savings.central.grams > 0 })
            #expect(report.recommendations.allSatisfy { (0...1).contains($0.reachKept) })
            #expect(report.recommendations.allSatisfy { (0...1).contains($0.usefulImpressionsKept) })
            let saved = report.recommendations.reduce(0) { $0 + $1.savings.central.grams }
            #expect(Self.close(saved, total - lean, scale: total))
            #expect(saved <= total * (1 + 1e-12))
        }
    }

    @Test func moreImpressionsNeverLowerTheTotal() async {
        await propertyCheck(input: Self.campaign, Gen.int(in: 0...9), Gen.int(in: 1...1_000_000)) {
            lines,
            pick,
            extra in
            var more = lines
            let index = pick % lines.count
            more[index].impressions = (more[index].impressions ?? 0) + extra
            let before = try Self.audit(lines).report.totals.emissions.central.grams
            let after = try Self.audit(more).report.totals.emissions.central.grams
            #expect(after >= before * (1 - 1e-12))
        }
    }

    @Test func theReportDoesNotDependOnTheOrderOfTheRows() async {
        await propertyCheck(input: Self.campaign) { lines in
            let report = try Self.audit(lines).report
            let reversed = try Self.audit(lines.reversed()).report
            let total = report.totals.emissions.central.grams
            #expect(Self.close(reversed.totals.emissions.central.grams, total, scale: total))
            #expect(
                Self.close(reversed.waste.emissions.central.grams, report.waste.emissions.central.grams, scale: total)
            )
        }
    }
}
