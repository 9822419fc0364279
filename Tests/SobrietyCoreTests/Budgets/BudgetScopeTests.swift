import SobrietyCore
import Testing

/// Scoped budgets: the totals of the lines in a scope, and verdicts on them.
@Suite struct BudgetScopeTests {
    let factorSet = SampleFactorSet.make()

    func line(_ id: String, campaign: String, platform: String) -> CampaignLine {
        SampleFactorSet.line(id, platform: platform) {
            $0.campaign = campaign
            $0.country = "FR"
            $0.impressions = 100_000
        }
    }

    @Test func aScopeTotalsExactlyTheLinesInIt() throws {
        let scope = BudgetScope(.campaign, "Spring")
        let lines = [
            line("A", campaign: "Spring", platform: "tiktok"), line("B", campaign: "Autumn", platform: "tiktok"),
            line("C", campaign: "Spring", platform: "open_web"),
        ]
        func audit(_ lines: [CampaignLine], scopes: [BudgetScope]) throws -> AuditReport {
            let options = EstimationOptions(range: RangeSettings(draws: 100, seed: 1), scopes: scopes)
            var estimator = try CampaignEstimator(factorSet: factorSet, options: options)
            for line in lines { try estimator.add(line) }
            return try estimator.report(inputs: [], tool: ToolInfo(version: "test"), warnings: [])
        }
        let summary = try #require(try audit(lines, scopes: [scope]).scopes.first)
        let alone = try audit(lines.filter(scope.contains), scopes: [])
        #expect(summary.lines == 2)
        #expect(summary.totals == alone.totals)
        #expect(summary.wasteShare == alone.waste.share)

        let report = try audit(lines, scopes: [scope])
        let verdict = EmissionBudget(metric: .total, limit: 1, scope: scope).verdict(for: report)
        #expect(!verdict.passed)
        #expect(verdict.result.scope == "campaign=Spring")
        #expect(verdict.result.actual == alone.totals.emissions.central.grams)
        #expect(verdict.summary.hasPrefix("budget total[campaign=Spring] exceeded: "))
    }

    @Test func aScopeWithNoLineIsMetAndSaysSo() throws {
        let scope = BudgetScope(.platform, "open_web")
        var estimator = try CampaignEstimator(
            factorSet: factorSet,
            options: EstimationOptions(range: RangeSettings(draws: 10, seed: 1), scopes: [scope])
        )
        try estimator.add(line("A", campaign: "Spring", platform: "tiktok"))
        let report = try estimator.report(inputs: [], tool: ToolInfo(version: "test"), warnings: [])
        let verdict = EmissionBudget(metric: .total, limit: 0, scope: scope).verdict(for: report)
        #expect(verdict.passed)
        #expect(verdict.isEmptyScope)
        #expect(
            verdict.summary == "budget total[platform=open_web] met: 0 g ≤ 0 g (no line item has platform=open_web)"
        )
    }
}
