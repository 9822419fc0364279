import SobrietyCore
import Testing

@testable import SobrietyReports

@Suite struct ReportChartsTests {
    private let charts = ReportCharts(language: .english)

    /// The sample report with `count` line items, each a copy of the sample's first with its own id and size.
    private func report(lines count: Int) -> AuditReport {
        var report = SampleReport.full
        let template = report.lines[0]
        report.lines = (1...count).map { index in
            var line = template
            line.lineItem = "L-\(index)"
            line.emissions = EmissionEstimate(exactly: GramsCO2e(grams: Double(index) * 1_000))
            return line
        }
        return report
    }

    @Test func showsTheTopTenLinesLargestFirstAndTheRestAsOthers() throws {
        let chart = try charts.lines(report(lines: 12))

        #expect(chart.bars.count == 11)
        #expect(chart.bars.prefix(3).map(\.label) == ["L-12", "L-11", "L-10"])
        #expect(chart.bars.last?.label == "2 other line items")
        #expect(chart.bars.last?.end == 3_000, "L-1 and L-2")
        #expect(chart.bars.last?.range == nil, "ranges of lines do not add up")
        #expect(chart.title == "Emissions of the top 10 of 12 line items (CO2e)")
    }

    @Test func tenLinesOrFewerHaveNoOthersBar() throws {
        let chart = try charts.lines(report(lines: 10))

        #expect(chart.bars.count == 10)
        #expect(chart.bars.allSatisfy { $0.tone == .accent })
    }

    @Test func waterfallStepsDownFromServedToUseful() throws {
        let report = SampleReport.full
        let chart = try charts.wasteWaterfall(report)

        #expect(chart.bars.count == report.waste.causes.count + 2)
        #expect(chart.bars.first?.end == report.totals.impressions)
        for (previous, next) in zip(chart.bars.dropFirst().dropLast(), chart.bars.dropFirst(2).dropLast()) {
            #expect(previous.start == next.end, "each cause starts where the one before it ended")
        }
        #expect(abs((chart.bars.dropLast().last?.start ?? 0) - report.totals.usefulImpressions) < 1e-6)
        #expect(chart.bars.last?.end == report.totals.usefulImpressions)
    }

    @Test func platformsAreSummedAndRankedWithATieBrokenByName() throws {
        var report = report(lines: 3)
        report.lines[0].platform = "b"
        report.lines[1].platform = "a"
        report.lines[2].platform = "a"
        let chart = try charts.platforms(report)

        #expect(chart.bars.map(\.label) == ["a", "b"])
        #expect(chart.bars.map(\.end) == [5_000, 1_000])
    }

    @Test func leanPlanChartNeedsALeanPlan() throws {
        #expect(try charts.leanPlan(SampleReport.summary) == nil)
        #expect(try charts.leanPlan(SampleReport.full)?.bars.count == 2)
    }
}
