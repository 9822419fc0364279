import SobrietyCore

/// Every human-facing word of the Markdown and text reports, built from one language's table of
/// `Reports/translations/` (see ``init(_:numbers:)``).
///
/// Sentences that embed figures are closures over already formatted numbers, so each language
/// orders them as its grammar needs; sentences that agree with a count take the count and pick the
/// language's plural form. Column names of the CSV and keys of the JSON are not here:
/// they are a contract, not prose.
struct ReportStrings: Sendable {
    // MARK: Document

    /// The report's title.
    let title: String
    /// The opening paragraph (Markdown).
    let summary: @Sendable (SummaryFacts) -> String
    /// Who wrote the report (`sobriety 0.1.0`), with which factor set (`sobriety-default 2026.1`).
    let generatedBy: @Sendable (_ tool: String, _ factorSet: String) -> String

    // MARK: Section headings

    /// Heading of the totals.
    let totalsHeading: String
    /// Heading of the segment breakdown.
    let segmentsHeading: String
    /// Heading of the waste breakdown.
    let wasteHeading: String
    /// Heading of the recommendations.
    let recommendationsHeading: String
    /// Heading of the factors that move the total most.
    let sensitivityHeading: String
    /// Heading of the budget verdicts.
    let budgetsHeading: String
    /// Heading of the per-line table.
    let linesHeading: String
    /// Heading of the warnings.
    let warningsHeading: String
    /// Heading of the method.
    let methodHeading: String
    /// Heading of the sources.
    let sourcesHeading: String
    /// Heading of the factor set, inputs and tool version.
    let reproducibilityHeading: String

    // MARK: Column titles

    /// First column of the totals table.
    let estimateColumn: String
    /// A central value.
    let centralColumn: String
    /// The low end of a range.
    let lowColumn: String
    /// The high end of a range.
    let highColumn: String
    /// First column of the activity table.
    let activityColumn: String
    /// A single value.
    let valueColumn: String
    /// First column of the segment table.
    let segmentColumn: String
    /// A segment's share of the total.
    let shareOfTotalColumn: String
    /// First column of the waste table.
    let causeColumn: String
    /// Impressions.
    let impressionsColumn: String
    /// A share of all impressions.
    let shareOfImpressionsColumn: String
    /// Emissions with their range.
    let emissionsColumn: String
    /// A share of all emissions.
    let shareOfEmissionsColumn: String
    /// A line item's identifier.
    let lineItemColumn: String
    /// A line's platform.
    let platformColumn: String
    /// A line's country.
    let countryColumn: String
    /// A line's useful impressions.
    let usefulImpressionsColumn: String
    /// Grams per 1,000 impressions.
    let gramsPerThousandColumn: String
    /// A line's share of wasted impressions.
    let wasteShareColumn: String
    /// Input columns that took a default.
    let assumedColumn: String
    /// A warning's code.
    let codeColumn: String
    /// A 1-based input line.
    let lineColumn: String
    /// A warning's message.
    let messageColumn: String
    /// A source's id.
    let idColumn: String
    /// A source's publisher.
    let publisherColumn: String
    /// A source's title.
    let titleColumn: String
    /// A source's year.
    let yearColumn: String
    /// A source's address.
    let urlColumn: String
    /// A source's licence.
    let licenceColumn: String
    /// What a recommendation asks for.
    let actionColumn: String
    /// A recommendation's lever.
    let leverColumn: String
    /// The line items a recommendation applies to.
    let lineItemsColumn: String
    /// What a recommendation saves.
    let savingsColumn: String
    /// Share of reach a recommendation keeps.
    let reachKeptColumn: String
    /// Share of useful impressions a recommendation keeps.
    let usefulKeptColumn: String
    /// A recommendation's rank by saving.
    let rankColumn: String
    /// A factor's key and dimension.
    let factorColumn: String
    /// A factor's low, central and high values.
    let factorValuesColumn: String
    /// The campaign total with a factor at its low value.
    let totalAtLowColumn: String
    /// The campaign total with a factor at its high value.
    let totalAtHighColumn: String
    /// A budget's metric.
    let budgetColumn: String
    /// A budget's limit.
    let limitColumn: String
    /// The audited value compared with a limit.
    let actualColumn: String
    /// Whether a budget was met.
    let resultColumn: String
    /// A setting's name.
    let settingColumn: String
    /// The factor set's name.
    let factorSetColumn: String
    /// A version.
    let versionColumn: String
    /// A SHA-256 digest.
    let sha256Column: String
    /// An input file's path.
    let inputFileColumn: String
    /// An input file's format.
    let formatColumn: String
    /// An input file's row count.
    let rowsColumn: String

    // MARK: Row labels

    /// Total emissions.
    let emissionsRow: String
    /// Emissions per 1,000 impressions.
    let perThousandRow: String
    /// Emissions per 1,000 useful impressions.
    let perThousandUsefulRow: String
    /// Emissions charged to waste.
    let wasteRow: String
    /// Impressions served.
    let impressionsRow: String
    /// Impressions left after waste.
    let usefulImpressionsRow: String
    /// Data delivered.
    let dataDeliveredRow: String
    /// Video watched.
    let videoWatchedRow: String
    /// The sum of every waste cause.
    let allCausesRow: String
    /// The method's name.
    let methodRow: String
    /// How ranges are computed.
    let rangesRow: String
    /// Monte Carlo draws.
    let drawsRow: String
    /// Monte Carlo seed.
    let seedRow: String
    /// The percentiles reported as low and high.
    let percentilesRow: String
    /// A segment's name.
    let segmentName: @Sendable (Segment) -> String
    /// A waste cause's name.
    let causeName: @Sendable (WasteCause) -> String
    /// A lever's name.
    let leverName: @Sendable (Lever) -> String

    // MARK: Sentences and words

    /// The method in one paragraph.
    let methodExplanation: @Sendable (MethodFacts) -> String
    /// How the text report's ranges were computed, in one sentence.
    let rangeNote: @Sendable (MethodFacts) -> String
    /// The percentiles of a range from their ordinals, such as `5th–95th percentile`.
    let percentiles: @Sendable (_ low: String, _ high: String) -> String
    /// A number as an ordinal, given its value and its formatted digits: `5th`, `97.5th`.
    let ordinal: @Sendable (_ value: Double, _ formatted: String) -> String
    /// The campaign with every recommendation applied.
    let leanPlan: @Sendable (LeanPlanFacts) -> String
    /// How savings were measured so that they add up.
    let savingsOrder: @Sendable (_ levers: String) -> String
    /// Says that a summary report has no recommendations.
    let recommendationsOmitted: String
    /// Says that no lever lowers the plan's emissions.
    let noRecommendations: String
    /// Introduces the text report's biggest levers.
    let biggestLevers: @Sendable (Int) -> String
    /// Says how the sensitivity table was computed.
    let sensitivityNote: @Sendable (_ shown: Int) -> String
    /// A budget's verdict in one sentence: `budget total exceeded: 3.01 t > 2.50 t`.
    let budgetVerdict: @Sendable (_ name: String, _ actual: String, _ limit: String, _ passed: Bool) -> String
    /// The line items behind an exceeded budget, already formatted: `FR-OW-06 (2.07 t), FR-YT-05 (319 kg)`.
    let budgetLineItems: @Sendable (String) -> String
    /// The CI reports' summary of an audit: emissions with their range over impressions.
    let auditSummary: @Sendable (_ emissions: String, _ range: String, _ impressions: String) -> String
    /// Says that a summary report has no per-line detail.
    let linesOmitted: String
    /// Heading of the text report's line table: `shown` of `total` lines, by emissions.
    let topLines: @Sendable (_ shown: Int, _ total: Int) -> String
    /// Says there are no warnings.
    let noWarnings: String
    /// The number of warnings, in the text report.
    let warningCount: @Sendable (Int) -> String
    /// A budget that was met.
    let budgetMet: String
    /// A budget that was exceeded.
    let budgetExceeded: String
    /// Stands for a value that does not apply, such as a share of nothing.
    let notApplicable: String
    /// Joins the items of a list inside a cell.
    let listSeparator: String

    // MARK: Plan diff

    /// The diff's title.
    let diffTitle: String
    /// The plans compared: the base files, then the head files.
    let diffInputs: @Sendable (_ before: String, _ after: String) -> String
    /// The headline: the change of total emissions, then how the total went from before to after.
    let diffHeadline: @Sendable (_ change: String, _ fromTo: String) -> String
    /// The change of total emissions, with its relative change when there is one: `+312 kg CO2e (+10.4%)`.
    let emissionsChange: @Sendable (_ delta: String, _ relative: String?) -> String
    /// A value before and after: `3.01 t → 3.32 t`.
    let fromTo: @Sendable (_ before: String, _ after: String) -> String
    /// A delta with its relative change: `+312 kg (+10.4%)`.
    let deltaWithRelative: @Sendable (_ delta: String, _ relative: String) -> String
    /// A change of a share in percentage points: `+1.4 pp`.
    let percentagePoints: @Sendable (_ points: String) -> String
    /// The sign written before a positive delta.
    let plusSign: String
    /// First column of the diff's totals table.
    let figureColumn: String
    /// A value in the base plan.
    let beforeColumn: String
    /// A value in the head plan.
    let afterColumn: String
    /// A delta, after minus before.
    let changeColumn: String
    /// Whether a line was added, removed or changed.
    let lineStatusColumn: String
    /// A line's emissions in the base plan.
    let emissionsBeforeColumn: String
    /// A line's emissions in the head plan.
    let emissionsAfterColumn: String
    /// A delta of impressions.
    let impressionsChangeColumn: String
    /// A budget's audited value in the base plan.
    let actualBeforeColumn: String
    /// A budget's verdict on the base plan.
    let resultBeforeColumn: String
    /// A budget's audited value in the head plan.
    let actualAfterColumn: String
    /// A budget's verdict on the head plan.
    let resultAfterColumn: String
    /// Waste emissions over total emissions.
    let wasteShareRow: String
    /// The lean plan's emissions.
    let leanPlanRow: String
    /// What happened to a line item.
    let lineStatusName: @Sendable (LineItemDiffKind) -> String
    /// How many lines changed, were added, removed, or stayed the same.
    let lineCounts: @Sendable (_ changed: String, _ added: String, _ removed: String, _ unchanged: String) -> String
    /// Says that no line item differs.
    let noLineChanges: String
    /// Says how many differing line items the table leaves out.
    let moreLineItems: @Sendable (_ count: Int) -> String

    // MARK: Equivalents

    /// Heading of the everyday equivalents of the total.
    let equivalentsHeading: String
    /// The note under them: how they are computed and what they are not.
    let equivalentsNote: String
    /// An activity's emissions per unit, with its range.
    let perUnitColumn: String
    /// The source id and year a figure comes from.
    let sourceColumn: String
    /// The name of an everyday activity, with its unit: `Kilometres by an average petrol or diesel car`.
    let equivalentName: @Sendable (EquivalentActivity) -> String

    // MARK: Actions

    /// A recommendation's action: the lever's instruction in this language, given the audit's own
    /// action text (English, with each line's change), the list of line items it changes with what
    /// changes on each, and the share of useful impressions a mix move takes.
    let action: @Sendable (_ lever: Lever, _ auditText: String, _ lineItems: String, _ share: String) -> String
    /// A line item with what a recommendation changes on it: `FR-TT-01 (11,1 → 10)`.
    let lineAdjustment: @Sendable (LineAdjustment) throws -> String
    /// A ratio as a percentage with three significant digits, as actions give it: `20 %`.
    let actionPercent: @Sendable (Double) throws -> String
    /// The line items of a list beyond those it names, given their number: `2 other line items`.
    let otherLineItems: @Sendable (_ count: Int) -> String
}

/// The formatted figures of the summary paragraph.
struct SummaryFacts: Sendable {
    /// Total emissions, central.
    var emissions: String
    /// Their range.
    var emissionsRange: String
    /// The percentiles of the range.
    var percentiles: String
    /// Impressions served.
    var impressions: String
    /// Useful impressions.
    var usefulImpressions: String
    /// Useful impressions as a share of impressions.
    var usefulShare: String
    /// Grams per 1,000 impressions.
    var perThousand: String
    /// Grams per 1,000 useful impressions.
    var perThousandUseful: String
    /// Emissions charged to waste.
    var wasteEmissions: String
    /// Their share of the total.
    var wasteShare: String
}

/// The formatted settings of the method paragraph.
struct MethodFacts: Sendable {
    /// Monte Carlo draws.
    var draws: String
    /// Monte Carlo seed.
    var seed: String
    /// The percentiles of the range.
    var percentiles: String
}

/// The formatted figures of the lean plan.
struct LeanPlanFacts: Sendable {
    /// Its emissions, central.
    var emissions: String
    /// Their range.
    var emissionsRange: String
    /// Its impressions.
    var impressions: String
    /// Its useful impressions.
    var usefulImpressions: String
}
