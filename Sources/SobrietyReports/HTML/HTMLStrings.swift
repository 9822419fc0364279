/// The words of the HTML report that the other formats do not use (English).
///
/// Headings, column titles and sentences the formats share come from ``ReportStrings``.
struct HTMLStrings: Sendable {
    /// The label before the client's name in the header.
    var preparedFor: String
    /// The label before the agency's name in the header.
    var preparedBy: String
    /// The alternative text of the agency's logo.
    var logoDescription: String
    /// The heading of the key figures at the top.
    var keyFiguresHeading: String
    /// The key figure of total emissions.
    var totalEmissionsFigure: String
    /// The key figure of the share of emissions charged to waste.
    var wasteShareFigure: String
    /// The note under the charts that explains their error bars.
    var errorBarNote: String
    /// The heading and chart title of emissions by platform.
    var platformsHeading: String
    /// The note under the platform chart: line ranges do not add up, so it shows central values.
    var platformsNote: String
    /// The chart title of emissions by segment.
    var segmentsChartTitle: String
    /// The chart title of emissions by line item, given the number of line items shown and in all.
    var linesChartTitle: @Sendable (_ shown: Int, _ total: Int) -> String
    /// The bar that gathers the line items beyond the top ones, given their number.
    var otherLineItems: @Sendable (_ count: Int) -> String
    /// The chart title of the waste waterfall.
    var wasteChartTitle: String
    /// The waterfall's first bar: every impression served.
    var servedBar: String
    /// The waterfall's last bar: the useful impressions left.
    var usefulBar: String
    /// The heading and chart title comparing the plan with the lean plan.
    var leanPlanHeading: String
    /// The bar of the plan as audited.
    var currentPlanBar: String
    /// The bar of the lean plan.
    var leanPlanBar: String
    /// The heading of the factor set and inputs that reproduce the figures.
    var factorSetHeading: String
    /// The note under the sources table: links are text and never loaded.
    var sourcesNote: String

    /// English.
    static let english = HTMLStrings(
        preparedFor: "Prepared for",
        preparedBy: "Prepared by",
        logoDescription: "Logo",
        keyFiguresHeading: "Key figures",
        totalEmissionsFigure: "Total emissions (CO2e)",
        wasteShareFigure: "Emissions charged to waste",
        errorBarNote: "Bars show central estimates; error bars show the range.",
        platformsHeading: "Emissions by platform",
        platformsNote: "Central estimates: ranges of single lines do not add up, so the chart shows none.",
        segmentsChartTitle: "Emissions by segment (CO2e)",
        linesChartTitle: { shown, total in
            shown == total
                ? "Emissions by line item (CO2e)" : "Emissions of the top \(shown) of \(total) line items (CO2e)"
        },
        otherLineItems: { count in count == 1 ? "1 other line item" : "\(count) other line items" },
        wasteChartTitle: "From impressions served to useful impressions",
        servedBar: "Impressions served",
        usefulBar: "Useful impressions",
        leanPlanHeading: "Plan and lean plan",
        currentPlanBar: "Plan as audited",
        leanPlanBar: "Lean plan",
        factorSetHeading: "Factor set and inputs",
        sourcesNote: "Addresses are given as text; this report loads nothing from them."
    )
}
