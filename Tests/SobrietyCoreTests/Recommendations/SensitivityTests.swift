import SobrietyCore
import Testing

/// The sensitivity ranking against audits of factor sets with one factor moved to its low or high value.
@Suite struct SensitivityTests {
    let factorSet = SampleFactorSet.make()
    let lines = [
        LeverTests.cleanLine("V") {
            $0.invalidTrafficRate = nil
            $0.resolution = "720p"
            $0.bitrateKilobitsPerSecond = nil
        },
        LeverTests.cleanLine("W", platform: "open_web") {
            $0.buying = .openExchange
            $0.madeForAdvertisingRate = nil
            $0.creativeBytes = nil
            $0.device = nil
        },
    ]

    func centralTotal(_ set: FactorSet) throws -> Double {
        var estimator = try CampaignEstimator(
            factorSet: set,
            options: EstimationOptions(range: RangeSettings(draws: 1, seed: 1), keepsLines: false)
        )
        for line in lines { try estimator.add(line) }
        return try estimator.report(inputs: [], tool: ToolInfo(version: "test"), warnings: []).totals.emissions.central
            .grams
    }

    func moving(_ id: FactorID, to value: Double) -> FactorSet {
        FactorSet(
            identity: factorSet.identity,
            factors: factorSet.factors.map { factor in
                var moved = factor
                if factor.id == id { moved.value = value }
                return moved
            },
            sources: Array(factorSet.sources.values),
            platforms: Array(factorSet.platforms.values),
            countries: Array(factorSet.countries.values)
        )
    }

    @Test func eachTotalEqualsAnAuditWithThatFactorMoved() throws {
        var estimator = try CampaignEstimator(factorSet: factorSet)
        for line in lines { try estimator.add(line) }
        let report = try estimator.report(inputs: [], tool: ToolInfo(version: "test"), warnings: [])
        #expect(report.sensitivity.count >= 10)
        for entry in report.sensitivity {
            let atLow = try centralTotal(moving(entry.id, to: entry.low))
            let atHigh = try centralTotal(moving(entry.id, to: entry.high))
            #expect(abs(entry.totalAtLow.grams - atLow) <= 1e-9 * atLow, "\(entry.id) low")
            #expect(abs(entry.totalAtHigh.grams - atHigh) <= 1e-9 * atHigh, "\(entry.id) high")
        }
        let swings = report.sensitivity.map(\.swing.grams)
        #expect(swings == swings.sorted(by: >))
    }

    @Test func wasteRatesAndFixedSharesAreLeftOut() throws {
        var estimator = try CampaignEstimator(factorSet: factorSet)
        for line in lines { try estimator.add(line) }
        let keys = Set(
            try estimator.report(inputs: [], tool: ToolInfo(version: "test"), warnings: []).sensitivity.map(\.key)
        )
        #expect(keys.isDisjoint(with: [.ivtRate, .mfaRate, .viewabilityRate, .onTargetRate, .platformDeviceShare]))
        #expect(keys.contains(.mfaMultiplier))
    }
}
