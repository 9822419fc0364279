import SobrietyCore

/// The charts of the HTML report, as ``BarChart`` values built from an audit report.
struct ReportCharts: Sendable {
    /// How many line items the line chart shows before it gathers the rest into one bar.
    static let topLineCount = 10

    /// The language of labels and numbers.
    let language: ReportLanguage

    private var strings: ReportStrings { language.strings }
    private var words: HTMLStrings { language.html }
    private var numbers: ReportNumberFormatter { language.numbers }

    /// Emissions by segment, central with its range.
    func segments(_ report: AuditReport) throws -> BarChart {
        let bars = try Segment.allCases.compactMap { segment -> BarChart.Bar? in
            guard let estimate = report.segments[segment] else { return nil }
            return try emissionBar(strings.segmentName(segment), estimate)
        }
        return massChart(words.segmentsChartTitle, bars)
    }

    /// Emissions by platform, central values, largest first.
    func platforms(_ report: AuditReport) throws -> BarChart {
        var totals: [String: Double] = [:]
        for line in report.lines { totals[line.platform, default: 0] += line.emissions.central.grams }
        let ranked = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let bars = try ranked.map { platform, grams in
            BarChart.Bar.value(platform, grams, text: try numbers.mass(GramsCO2e(grams: grams)))
        }
        return massChart(words.platformsHeading, bars)
    }

    /// The top line items by emissions with their ranges, and one bar for the rest.
    func lines(_ report: AuditReport) throws -> BarChart {
        let ranked = report.lines.enumerated()
            .sorted { first, second in
                let (a, b) = (first.element.emissions.central.grams, second.element.emissions.central.grams)
                return a != b ? a > b : first.offset < second.offset
            }
            .map(\.element)
        let top = ranked.prefix(Self.topLineCount)
        var bars = try top.map { try emissionBar($0.lineItem, $0.emissions) }
        let rest = ranked.dropFirst(Self.topLineCount)
        if !rest.isEmpty {
            let grams = rest.reduce(0) { $0 + $1.emissions.central.grams }
            bars.append(
                .value(
                    strings.otherLineItems(rest.count),
                    grams,
                    text: try numbers.mass(GramsCO2e(grams: grams)),
                    tone: .muted
                )
            )
        }
        return massChart(words.linesChartTitle(top.count, ranked.count), bars)
    }

    /// The waste waterfall: impressions served, each cause's loss in waterfall order, useful impressions.
    func wasteWaterfall(_ report: AuditReport) throws -> BarChart {
        let served = report.totals.impressions
        var remaining = served
        var bars = [BarChart.Bar.value(words.servedBar, served, text: try numbers.count(served), tone: .muted)]
        for cause in report.waste.causes {
            let after = remaining - cause.impressions
            let share = try numbers.share(cause.impressions, of: served) ?? strings.notApplicable
            bars.append(
                BarChart.Bar(
                    label: strings.causeName(cause.cause),
                    start: after,
                    end: remaining,
                    range: nil,
                    valueText: "\(cause.impressions > 0 ? "−" : "")\(try numbers.count(cause.impressions)) (\(share))",
                    tone: .loss
                )
            )
            remaining = after
        }
        let useful = report.totals.usefulImpressions
        let usefulShare = try numbers.share(useful, of: served) ?? strings.notApplicable
        bars.append(.value(words.usefulBar, useful, text: "\(try numbers.count(useful)) (\(usefulShare))"))
        return BarChart(title: words.wasteChartTitle, bars: bars) { [numbers] in try numbers.count($0) }
    }

    /// The plan and the lean plan, central with their ranges; `nil` without a lean plan.
    func leanPlan(_ report: AuditReport) throws -> BarChart? {
        guard let plan = report.leanPlan else { return nil }
        let bars = [
            try emissionBar(words.currentPlanBar, report.totals.emissions, tone: .muted),
            try emissionBar(words.leanPlanBar, plan.emissions),
        ]
        return massChart(words.leanPlanHeading, bars)
    }

    private func emissionBar(_ label: String, _ estimate: EmissionEstimate, tone: BarChart.Tone = .accent) throws
        -> BarChart.Bar
    {
        .value(
            label,
            estimate.central.grams,
            range: (estimate.low.grams, estimate.high.grams),
            text: try numbers.mass(estimate.central),
            tone: tone
        )
    }

    private func massChart(_ title: String, _ bars: [BarChart.Bar]) -> BarChart {
        BarChart(title: title, bars: bars) { [numbers] in try numbers.mass(GramsCO2e(grams: $0)) }
    }
}
