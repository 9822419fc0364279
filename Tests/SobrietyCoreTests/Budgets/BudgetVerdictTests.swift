import SobrietyCore
import Testing

@Suite struct BudgetVerdictTests {
    /// 3.01 t (2.2–4.1 t) over 10 million impressions, 5 million of them useful; 31% wasted.
    static let report = AuditReport.budgetSample(
        emissions: Estimate(
            central: GramsCO2e.tonnes(3.01),
            low: GramsCO2e.tonnes(2.2),
            high: GramsCO2e.tonnes(4.1)
        ),
        impressions: 10_000_000,
        usefulImpressions: 5_000_000,
        wasteShare: 0.31
    )

    @Test(
        arguments: [
            ("total=3.5t", BudgetBasis.central, 3_500_000.0, 3_010_000.0, "g", true),
            ("total=3.5t", .high, 3_500_000, 4_100_000, "g", false),
            ("total=3010kg", .central, 3_010_000, 3_010_000, "g", true),
            ("intensity=350g/kimp", .central, 350, 301, "g/kimp", true),
            ("intensity=350g/kimp", .high, 350, 410, "g/kimp", false),
            ("useful-intensity=0.6kg/kimp", .central, 600, 602, "g/kimp", false),
            ("useful-intensity=0.9kg/kimp", .high, 900, 820, "g/kimp", true),
            ("waste-share=25%", .central, 0.25, 0.31, "ratio", false),
            ("waste-share=0.4", .high, 0.4, 0.31, "ratio", true),
        ]
    )
    func theResultComparesTheChosenValueWithTheLimit(
        spec: String,
        basis: BudgetBasis,
        limit: Double,
        actual: Double,
        unit: String,
        passed: Bool
    ) throws {
        let result = try EmissionBudget(parsing: spec).verdict(for: Self.report, basis: basis).result
        #expect(result.metric == String(spec.prefix { $0 != "=" }))
        #expect(abs(result.limit - limit) <= 1e-9 * limit)
        #expect(abs(result.actual - actual) <= 1e-9 * actual)
        #expect(result.unit == unit)
        #expect(result.passed == passed)
    }

    @Test func theCentralEstimateIsTheDefaultBasis() throws {
        let budget = try EmissionBudget(parsing: "total=3.5t")
        #expect(budget.verdict(for: Self.report) == budget.verdict(for: Self.report, basis: .central))
    }

    @Test(
        arguments: [
            ("total=2.5t", BudgetBasis.central, "budget total exceeded: 3.01 t > 2.5 t"),
            ("total=3.5t", .high, "budget total exceeded: 4.1 t > 3.5 t (high estimate)"),
            ("total=3500kg", .central, "budget total met: 3010 kg ≤ 3500 kg"),
            ("total=3.00999t", .central, "budget total exceeded: 3.01 t > 3.00999 t"),
            ("total=3.0105t", .central, "budget total met: 3.01 t ≤ 3.0105 t"),
            ("intensity=0.3kg/kimp", .central, "budget intensity exceeded: 0.301 kg/kimp > 0.3 kg/kimp"),
            ("useful-intensity=600g/kimp", .central, "budget useful-intensity exceeded: 602 g/kimp > 600 g/kimp"),
            ("waste-share=25%", .central, "budget waste-share exceeded: 31% > 25%"),
            ("waste-share=0.25", .high, "budget waste-share exceeded: 0.31 > 0.25"),
        ]
    )
    func theSummaryQuotesTheLimitInItsOwnUnit(spec: String, basis: BudgetBasis, summary: String) throws {
        #expect(try EmissionBudget(parsing: spec).verdict(for: Self.report, basis: basis).summary == summary)
    }

    @Test(
        arguments: [
            (2.5004, "total=2.5t", "budget total exceeded: 2.5004 t > 2.5 t"),
            (2.4996, "total=2.4997t", "budget total met: 2.4996 t ≤ 2.4997 t"),
        ]
    )
    func aCloseCallShowsEnoughDigitsToAgreeWithTheVerdict(tonnes: Double, spec: String, summary: String) throws {
        let report = AuditReport.budgetSample(
            emissions: Estimate(exactly: GramsCO2e.tonnes(tonnes)),
            impressions: 1_000,
            usefulImpressions: 1_000,
            wasteShare: 0
        )
        #expect(try EmissionBudget(parsing: spec).verdict(for: report).summary == summary)
    }

    @Test func aBudgetBuiltInCodeUsesTheBaseUnit() {
        let verdict = EmissionBudget(metric: .total, limit: 4_000_000).verdict(for: Self.report)
        #expect(verdict.passed)
        #expect(verdict.summary == "budget total met: 3010000 g ≤ 4000000 g")
    }
}
