/// The words of the HTML (and PDF) report that the other formats do not use, in one language.
///
/// Headings, column titles and sentences the formats share come from ``ReportStrings``; these come
/// from the same table of `Reports/translations/` (see ``init(_:numbers:)``), so ``TranslationSchema``
/// records their keys with the others.
struct HTMLStrings: Sendable {
    /// The language tag of the page's `lang` attribute (BCP 47), such as `en` or `zh-Hans`.
    var languageTag: String
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
    /// The page number printed at the foot of each PDF page, with the placeholders `{page}` and `{pages}`.
    var pageNumber: MessageTemplate

    /// The placeholder of the current page in ``pageNumber``.
    static let pagePlaceholder = "page"
    /// The placeholder of the page count in ``pageNumber``.
    static let pagesPlaceholder = "pages"

    /// The HTML report's words in the language `source` gives, its counts written by `numbers`.
    init(_ source: some TranslationSource, numbers: ReportNumberFormatter) {
        let allLinesChart = source.text("linesChartTitle")
        let topLinesChart = source.countedMessage("topLinesChartTitle", placeholders: ["shown"])
        languageTag = source.text("languageTag")
        preparedFor = source.text("preparedFor")
        preparedBy = source.text("preparedBy")
        logoDescription = source.text("logoDescription")
        keyFiguresHeading = source.text("keyFiguresHeading")
        totalEmissionsFigure = source.text("totalEmissionsFigure")
        wasteShareFigure = source.text("wasteShareFigure")
        errorBarNote = source.text("errorBarNote")
        platformsHeading = source.text("platformsHeading")
        platformsNote = source.text("platformsNote")
        segmentsChartTitle = source.text("segmentsChartTitle")
        linesChartTitle = { shown, total in
            shown == total
                ? allLinesChart
                : topLinesChart.filled(
                    for: total,
                    ["shown": numbers.count(shown), countPlaceholder: numbers.count(total)]
                )
        }
        wasteChartTitle = source.text("wasteChartTitle")
        servedBar = source.text("servedBar")
        usefulBar = source.text("usefulBar")
        leanPlanHeading = source.text("leanPlanHeading")
        currentPlanBar = source.text("currentPlanBar")
        leanPlanBar = source.text("leanPlanBar")
        factorSetHeading = source.text("factorSetHeading")
        sourcesNote = source.text("sourcesNote")
        pageNumber = source.message("pageNumber", placeholders: [Self.pagePlaceholder, Self.pagesPlaceholder])
    }
}
