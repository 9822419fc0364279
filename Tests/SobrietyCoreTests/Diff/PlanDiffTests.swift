import SobrietyCore
import Testing

/// ``PlanDiff`` on hand-built audits with round numbers, and on audits of ``SampleFactorSet``.
@Suite struct PlanDiffTests {
    // MARK: - Hand-built audits

    @Test func linesAreAddedRemovedChangedOrUnchangedWithExactDeltas() {
        let base = Self.report([
            Self.line("KEEP", grams: 1_000, impressions: 10_000),
            Self.line("GROW", grams: 2_000, impressions: 20_000),
            Self.line("DROP", grams: 500, impressions: 4_000),
        ])
        let head = Self.report([
            Self.line("KEEP", grams: 1_000, impressions: 10_000),
            Self.line("GROW", grams: 3_500, impressions: 35_000),
            Self.line("NEW", grams: 250, impressions: 1_000, platform: "open_web"),
        ])

        let lines = PlanDiff(base: base, head: head).lines

        #expect(lines.items.map(\.lineItem) == ["GROW", "DROP", "NEW"])
        #expect(lines.items.map(\.kind) == [.changed, .removed, .added])
        #expect(lines.items.map(\.emissionsDelta.grams) == [1_500, -500, 250])
        #expect(lines.items.map(\.impressionsDelta) == [15_000, -4_000, 1_000])
        #expect(lines.items.map(\.platform) == ["tiktok", "tiktok", "open_web"])
        #expect(lines.items[1].after == nil)
        #expect(lines.items[2].before == nil)
        #expect(lines.items[0].before?.emissions.central.grams == 2_000)
        #expect(lines.items[0].after?.emissions.central.grams == 3_500)
        #expect([lines.changedCount, lines.addedCount, lines.removedCount, lines.unchangedCount] == [1, 1, 1, 1])
    }

    @Test func aChangeOfUsefulImpressionsAloneMakesALineChanged() {
        let base = Self.report([Self.line("A", grams: 1_000, impressions: 10_000, useful: 6_000)])
        let head = Self.report([Self.line("A", grams: 1_000, impressions: 10_000, useful: 7_000)])

        let line = PlanDiff(base: base, head: head).lines.items.first

        #expect(line?.kind == .changed)
        #expect(line?.emissionsDelta == .zero)
        #expect(line?.usefulImpressionsDelta == 1_000)
    }

    @Test func equalDeltasAreOrderedById() {
        let base = Self.report([Self.line("B", grams: 100, impressions: 1), Self.line("A", grams: 100, impressions: 1)])
        let head = Self.report([Self.line("C", grams: 100, impressions: 1)])

        let items = PlanDiff(base: base, head: head).lines.items

        #expect(items.map(\.lineItem) == ["A", "B", "C"])
        #expect(items.map(\.kind) == [.removed, .removed, .added])
    }

    @Test func totalsCarryBothRangesTheCentralDeltaAndItsSign() {
        let base = Self.report([Self.line("A", grams: 2_000, impressions: 10_000)])
        let head = Self.report([Self.line("A", grams: 2_500, impressions: 10_000)])

        let totals = PlanDiff(base: base, head: head).totals

        #expect(totals.emissions.before == Self.estimate(2_000))
        #expect(totals.emissions.after == Self.estimate(2_500))
        #expect(totals.emissions.delta == 500)
        #expect(totals.emissions.deltaMass == GramsCO2e(grams: 500))
        #expect(totals.emissions.relativeDelta == 0.25)
        #expect(totals.emissions.direction == .increase)
        #expect(totals.gramsPerThousandImpressions.delta == 50)
        #expect(totals.impressions.direction == .unchanged)
        #expect(totals.impressions.relativeDelta == 0)
    }

    @Test func aDecreaseHasANegativeDeltaAndAChangeFromZeroHasNoRelativeDelta() {
        let decrease = FigureChange(before: 400.0, after: 300)
        #expect(decrease.delta == -100)
        #expect(decrease.relativeDelta == -0.25)
        #expect(decrease.direction == .decrease)

        let fromZero = FigureChange(before: 0.0, after: 300)
        #expect(fromZero.relativeDelta == nil)
        #expect(fromZero.direction == .increase)
    }

    @Test func wasteIsComparedInTotalAndByCause() {
        let base = Self.report([Self.line("A", grams: 1_000, impressions: 10_000, useful: 6_000)])
        let head = Self.report([Self.line("A", grams: 1_000, impressions: 10_000, useful: 8_000)])

        let waste = PlanDiff(base: base, head: head).waste

        #expect(waste.impressions.before == 4_000)
        #expect(waste.impressions.after == 2_000)
        #expect(waste.share.before == 0.4)
        #expect(waste.share.after == 0.2)
        #expect(waste.emissions.delta == -200)
        #expect(waste.causes.map(\.cause) == WasteCause.allCases)
        let nonViewable = waste.causes.first { $0.cause == .nonViewable }
        #expect(nonViewable?.impressions.delta == -2_000)
        #expect(nonViewable?.emissions.delta == -200)
        #expect(waste.causes.first { $0.cause == .invalidTraffic }?.impressions.direction == .unchanged)
    }

    @Test func budgetsArePairedByPositionWithBothVerdicts() {
        var base = Self.report([Self.line("A", grams: 2_000, impressions: 10_000)])
        var head = Self.report([Self.line("A", grams: 3_000, impressions: 10_000)])
        let budgets = [EmissionBudget(metric: .total, limit: 2_500), EmissionBudget(metric: .wasteShare, limit: 0.5)]
        base.budgets = budgets.map { $0.verdict(for: base).result }
        head.budgets = budgets.map { $0.verdict(for: head).result }

        let diff = PlanDiff(base: base, head: head)

        #expect(diff.budgets.map(\.metric) == ["total", "waste-share"])
        #expect(diff.budgets[0].limit == 2_500)
        #expect(diff.budgets[0].unit == "g")
        #expect(diff.budgets[0].before?.actual == 2_000)
        #expect(diff.budgets[0].before?.passed == true)
        #expect(diff.budgets[0].after?.actual == 3_000)
        #expect(diff.budgets[0].after?.passed == false)
        #expect(diff.budgets[1].after?.passed == true)
        #expect(diff.headExceedsBudget)
    }

    @Test func aBudgetOnlyOneSideListsKeepsTheOtherSideEmpty() {
        var head = Self.report([Self.line("A", grams: 3_000, impressions: 10_000)])
        head.budgets = [EmissionBudget(metric: .total, limit: 5_000).verdict(for: head).result]

        let budgets = PlanDiff(base: Self.report([]), head: head).budgets

        #expect(budgets.count == 1)
        #expect(budgets[0].before == nil)
        #expect(budgets[0].after?.passed == true)
    }

    @Test func theLeanPlanIsComparedOnlyWhenBothAuditsHaveOne() {
        var base = Self.report([Self.line("A", grams: 2_000, impressions: 10_000)])
        var head = Self.report([Self.line("A", grams: 3_000, impressions: 10_000)])
        #expect(PlanDiff(base: base, head: head).leanPlanEmissions == nil)

        base.leanPlan = LeanPlan(emissions: Self.estimate(1_500), impressions: 10_000, usefulImpressions: 6_000)
        #expect(PlanDiff(base: base, head: head).leanPlanEmissions == nil)

        head.leanPlan = LeanPlan(emissions: Self.estimate(2_000), impressions: 10_000, usefulImpressions: 6_000)
        #expect(PlanDiff(base: base, head: head).leanPlanEmissions?.delta == 500)
    }

    @Test func repeatedIdsAreMatchedInOrder() {
        let base = Self.report([Self.line("A", grams: 100, impressions: 1), Self.line("A", grams: 200, impressions: 1)])
        let head = Self.report([Self.line("A", grams: 100, impressions: 1), Self.line("A", grams: 300, impressions: 1)])

        let lines = PlanDiff(base: base, head: head).lines

        #expect(lines.items.map(\.emissionsDelta.grams) == [100])
        #expect(lines.unchangedCount == 1)
    }

    // MARK: - Audits of the sample factor set

    @Test func auditedPlansDiffLineByLineAndInTotal() throws {
        let base = try Self.audit([
            Self.sampleLine("A", impressions: 1_000_000),
            Self.sampleLine("B", impressions: 1_000_000),
            Self.sampleLine("C", impressions: 500_000),
        ])
        let head = try Self.audit([
            Self.sampleLine("A", impressions: 1_000_000),
            Self.sampleLine("B", impressions: 2_000_000),
            Self.sampleLine("D", impressions: 250_000),
        ])
        let grams = { (report: AuditReport, id: String) in
            report.lines.first { $0.lineItem == id }?.emissions.central.grams ?? .nan
        }

        let diff = PlanDiff(base: base, head: head)

        #expect(diff.lines.items.map(\.lineItem) == ["B", "C", "D"])
        #expect(diff.lines.items.map(\.kind) == [.changed, .removed, .added])
        #expect(diff.lines.items[0].emissionsDelta.grams == grams(head, "B") - grams(base, "B"))
        #expect(diff.lines.items[0].impressionsDelta == 1_000_000)
        #expect(diff.lines.items[1].emissionsDelta.grams == -grams(base, "C"))
        #expect(diff.lines.items[2].emissionsDelta.grams == grams(head, "D"))
        #expect(diff.lines.unchangedCount == 1)
        // The lines are linear in impressions: B doubles, so its delta is B's emissions before.
        #expect(abs(diff.lines.items[0].emissionsDelta.grams - grams(base, "B")) <= 1e-9 * grams(base, "B"))
        let total = head.totals.emissions.central.grams - base.totals.emissions.central.grams
        #expect(diff.totals.emissions.delta == total)
        #expect(diff.totals.impressions.delta == 750_000)
        #expect(diff.leanPlanEmissions?.before == base.leanPlan?.emissions)
        #expect(diff.leanPlanEmissions?.after == head.leanPlan?.emissions)
    }

    @Test func anAuditComparedWithItselfHasNoChange() throws {
        let report = try Self.audit([
            Self.sampleLine("A", impressions: 1_000_000), Self.sampleLine("B", impressions: 10),
        ])

        let diff = PlanDiff(base: report, head: report)

        #expect(diff.lines.items.isEmpty)
        #expect(diff.lines.unchangedCount == 2)
        #expect(diff.totals.emissions.delta == 0)
        #expect(diff.totals.emissions.direction == .unchanged)
        #expect(diff.waste.share.delta == 0)
        #expect(!diff.headExceedsBudget)
    }

    // MARK: - Building

    /// A range around a central value.
    private static func estimate(_ grams: Double) -> EmissionEstimate {
        EmissionEstimate(
            central: GramsCO2e(grams: grams),
            low: GramsCO2e(grams: grams / 2),
            high: GramsCO2e(grams: grams * 2)
        )
    }

    /// A line whose waste is all non-viewable, charged its share of the line's emissions.
    private static func line(
        _ id: String,
        grams: Double,
        impressions: Double,
        useful: Double? = nil,
        platform: String = "tiktok"
    ) -> LineReport {
        let useful = useful ?? impressions
        let wasted = impressions - useful
        return LineReport(
            lineItem: id,
            campaign: nil,
            file: "plan.csv",
            sourceLine: 2,
            platform: platform,
            format: "video",
            buying: "social",
            country: "FR",
            impressions: impressions,
            usefulImpressions: useful,
            activity: LineActivity(bytes: 0, exposureSeconds: 0, videoWatchSeconds: 0),
            emissions: estimate(grams),
            segments: SegmentEmissions(includesCorporate: false) { _ in Estimate(exactly: .zero) },
            waste: WasteCause.allCases.map { cause in
                let causeImpressions = cause == .nonViewable ? wasted : 0
                return WasteCauseResult(
                    cause: cause,
                    impressions: causeImpressions,
                    emissions: estimate(grams * causeImpressions / impressions)
                )
            },
            assumed: [],
            factors: []
        )
    }

    /// An audit of hand-built lines, its totals and waste summed from them.
    private static func report(_ lines: [LineReport]) -> AuditReport {
        let grams = lines.reduce(0) { $0 + $1.emissions.central.grams }
        let impressions = lines.reduce(0) { $0 + $1.impressions }
        let useful = lines.reduce(0) { $0 + $1.usefulImpressions }
        let wasteGrams = lines.flatMap(\.waste).reduce(0) { $0 + $1.emissions.central.grams }
        var report = AuditReport.budgetSample(
            emissions: estimate(grams),
            impressions: impressions,
            usefulImpressions: useful,
            wasteShare: grams == 0 ? 0 : wasteGrams / grams
        )
        report.waste.causes = WasteCause.allCases.map { cause in
            let results = lines.flatMap(\.waste).filter { $0.cause == cause }
            return WasteCauseResult(
                cause: cause,
                impressions: results.reduce(0) { $0 + $1.impressions },
                emissions: estimate(results.reduce(0) { $0 + $1.emissions.central.grams })
            )
        }
        report.lines = lines
        return report
    }

    private static func sampleLine(_ id: String, impressions: Int) -> CampaignLine {
        SampleFactorSet.line(id, platform: "open_web") {
            $0.country = "FR"
            $0.format = .image
            $0.buying = .pmp
            $0.impressions = impressions
            $0.creativeBytes = 100_000
        }
    }

    private static func audit(_ lines: [CampaignLine]) throws -> AuditReport {
        var estimator = try CampaignEstimator(
            factorSet: SampleFactorSet.make(),
            options: EstimationOptions(range: RangeSettings(draws: 100, seed: 3))
        )
        for line in lines { try estimator.add(line) }
        return try estimator.report(inputs: [], tool: ToolInfo(version: "test"), warnings: [])
    }
}
