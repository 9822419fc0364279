import SobrietyCore
import Testing

@Suite struct BudgetSpecTests {
    @Test(
        arguments: [
            ("total=2.5t", BudgetMetric.total, 2_500_000.0),
            ("total=800kg", .total, 800_000),
            ("total=120000g", .total, 120_000),
            ("total=1e3kg", .total, 1_000_000),
            ("total=0g", .total, 0),
            (" total = 2.5 t ", .total, 2_500_000),
            ("intensity=350g/kimp", .intensity, 350),
            ("intensity=0.5kg/kimp", .intensity, 500),
            ("useful-intensity=600g/kimp", .usefulIntensity, 600),
            ("waste-share=25%", .wasteShare, 0.25),
            ("waste-share=0.25", .wasteShare, 0.25),
            ("waste-share=100%", .wasteShare, 1),
            ("waste-share=1", .wasteShare, 1),
        ]
    )
    func aGoodSpecGivesItsMetricAndTheLimitInTheBaseUnit(spec: String, metric: BudgetMetric, limit: Double) throws {
        let budget = try EmissionBudget(parsing: spec)
        #expect(budget.metric == metric)
        #expect(budget.limit == limit)
    }

    @Test(
        arguments: [
            ("total=2.5", "expected a unit after the number: g, kg or t (e.g. total=2.5t)"),
            ("total2.5t", "expected METRIC=LIMIT, such as total=2.5t"),
            ("", "expected METRIC=LIMIT, such as total=2.5t"),
            ("=2.5t", "expected a metric before \"=\": total, intensity, useful-intensity or waste-share"),
            ("totl=2.5t", "unknown metric \"totl\"; expected total, intensity, useful-intensity or waste-share"),
            ("Total=2.5t", "unknown metric \"Total\"; expected total, intensity, useful-intensity or waste-share"),
            ("total=", "expected a limit after \"=\" (e.g. total=2.5t)"),
            ("total=lots", "expected a number, found \"lots\" (e.g. total=2.5t)"),
            ("total=2..5t", "\"2..5\" is not a number (e.g. total=2.5t)"),
            ("total=-1t", "\"-1\" is negative; expected a limit of 0 or more (e.g. total=2.5t)"),
            ("total=1e400t", "\"1e400\" is not a finite number (e.g. total=2.5t)"),
            ("total=2.5lb", "\"lb\" is not a unit for total; expected g, kg or t (e.g. total=2.5t)"),
            ("total=2.5T", "\"T\" is not a unit for total; expected g, kg or t (e.g. total=2.5t)"),
            ("total=2.5g/kimp", "\"g/kimp\" is not a unit for total; expected g, kg or t (e.g. total=2.5t)"),
            (
                "intensity=350",
                "expected a unit after the number: g/kimp or kg/kimp (e.g. intensity=350g/kimp)"
            ),
            (
                "intensity=350g",
                "\"g\" is not a unit for intensity; expected g/kimp or kg/kimp (e.g. intensity=350g/kimp)"
            ),
            (
                "useful-intensity=600t",
                "\"t\" is not a unit for useful-intensity; expected g/kimp or kg/kimp (e.g. useful-intensity=600g/kimp)"
            ),
            ("waste-share=25t", "\"t\" is not a unit for waste-share; expected % or no unit (e.g. waste-share=25%)"),
            ("waste-share=25", "\"25\" is not a share; write waste-share=0.25 or waste-share=25%"),
            ("waste-share=1.7", "\"1.7\" is not a share; write waste-share=0.017 or waste-share=1.7%"),
            ("waste-share=100.0", "\"100.0\" is not a share; write waste-share=1 or waste-share=100.0%"),
            (
                "waste-share=250",
                "\"250\" is not a share; expected a share from 0 to 1 such as 0.25, or a percentage such as 25%"
            ),
            ("waste-share=150%", "\"150%\" is above 100%; expected a share from 0% to 100%"),
        ]
    )
    func aBadSpecSaysWhatWasExpected(spec: String, problem: String) {
        #expect(throws: BudgetSpecError(spec: spec, problem: problem)) { try EmissionBudget(parsing: spec) }
    }

    @Test(
        arguments: [
            ("total[campaign=Spring launch]=1t", BudgetScope(.campaign, "Spring launch")),
            ("total[platform=tiktok]=300kg", BudgetScope(.platform, "tiktok")),
            (" intensity [ platform = youtube ] = 50g/kimp", BudgetScope(.platform, "youtube")),
            ("total[campaign=a=b]=1t", BudgetScope(.campaign, "a=b")),
        ]
    )
    func aScopedSpecNamesItsScope(spec: String, scope: BudgetScope) throws {
        let budget = try EmissionBudget(parsing: spec)
        #expect(budget.scope == scope)
        #expect(try EmissionBudget(parsing: "total=1t").scope == nil)
    }

    @Test(
        arguments: [
            ("total[country=FR]=1t", "unknown scope \"country\"; expected campaign or platform"),
            (
                "total[campaign]=1t",
                "expected DIMENSION=VALUE in the brackets, such as total[campaign=Spring]=1t or total[platform=tiktok]=300kg"
            ),
            (
                "total[platform=]=1t",
                "expected a platform after \"=\" in the brackets, such as total[campaign=Spring]=1t or total[platform=tiktok]=300kg"
            ),
            (
                "total[platform=tiktok=1t",
                "expected a scope in brackets after the metric, such as total[campaign=Spring]=1t or total[platform=tiktok]=300kg"
            ),
            ("total[platform=tiktok]", "expected METRIC=LIMIT, such as total=2.5t"),
        ]
    )
    func aBadScopeSaysWhatWasExpected(spec: String, problem: String) {
        #expect(throws: BudgetSpecError(spec: spec, problem: problem)) { try EmissionBudget(parsing: spec) }
    }

    @Test func anErrorNamesTheSpec() {
        let error = BudgetSpecError(spec: "total=2.5", problem: "expected a unit after the number: g, kg or t")
        #expect(error.description == "budget \"total=2.5\": expected a unit after the number: g, kg or t")
    }
}
