/// Everything that produced one line's grams: its inputs, the factors applied, its activity,
/// each segment's arithmetic, the made-for-advertising uplift and the waste waterfall (`audit explain`).
///
/// Every figure is computed here from the line, the factor set and the options, with the
/// estimator's own resolution and segment terms; a renderer only formats it.
public struct LineExplanation: Sendable, Hashable {
    /// Where the line is and what it is.
    public var identity: Identity
    /// The columns the file gave for the line, in contract column order.
    public var inputs: [InputColumn]
    /// The input columns that took a default value.
    public var assumed: [String]
    /// Every parameter applied, with its year and source title (the report's `factors` trail).
    public var factors: [ExplainedFactor]
    /// Impressions `N`, watch seconds `T`, exposure seconds `S` (per device and in all) and bytes `B`.
    public var activity: [Quantity]
    /// The symbols the segment formulas share: `g`, `m` and each device's share `s_d`.
    public var parameters: [Quantity]
    /// The made-for-advertising uplift `u` that multiplies every segment.
    public var uplift: Quantity
    /// Each segment's arithmetic and result, in ``Segment`` order.
    public var segments: [SegmentStep]
    /// The line's emissions: the sum of the segments counted in the total.
    public var total: GramsCO2e
    /// The waste waterfall, in ``WasteCause`` order.
    public var waste: [WasteStep]
    /// Impressions left after every waste cause.
    public var usefulImpressions: Double
    /// The line's emissions with their Monte Carlo range.
    public var range: EmissionEstimate
    /// The Monte Carlo settings the range was drawn with.
    public var rangeSettings: RangeSettings
    /// Warnings about the line or its file.
    public var warnings: [ReportWarning]

    /// Where the line came from and the identity its audit applied.
    public struct Identity: Sendable, Hashable {
        /// The file, as the user named it.
        public var file: String
        /// The 1-based line in that file.
        public var sourceLine: Int
        /// The `line_item` identifier.
        public var lineItem: String
        /// The campaign name, or `nil`.
        public var campaign: String?
        /// The platform key.
        public var platform: String
        /// The format applied (given or default).
        public var format: AdFormat
        /// The buying mode applied (given or default).
        public var buying: BuyingMode
        /// The country whose grid intensity was applied (given, or `WORLD`).
        public var country: String
    }

    /// A column of the campaign file and the value it gave.
    public struct InputColumn: Sendable, Hashable {
        /// The header name, such as `video_views`.
        public var name: String
        /// The parsed value.
        public var value: InputValue
    }

    /// A parsed cell value.
    public typealias InputValue = CampaignLine.CellValue

    /// A parameter applied to the line, with what its source says about it.
    public struct ExplainedFactor: Sendable, Hashable {
        /// The parameter as the report's `factors` trail lists it.
        public var applied: AppliedFactor
        /// The year the value describes or was published; `nil` for input values.
        public var year: Int?
        /// The title of its source; `nil` for input values and unknown sources.
        public var sourceTitle: String?
    }

    /// A named quantity and how it was derived.
    public struct Quantity: Sendable, Hashable {
        /// Its symbol in the segment formulas, such as `B`.
        public var symbol: String
        /// Its unit, such as `bytes`.
        public var unit: String
        /// How it was derived.
        public var derivation: Arithmetic
        /// Its value, as the estimator computes it.
        public var value: Double
    }

    /// One segment of DESIGN §3: its formula with the numbers substituted and its result.
    public struct SegmentStep: Sendable, Hashable {
        /// The segment.
        public var segment: Segment
        /// The formula, uplift included.
        public var formula: Arithmetic
        /// The result, as the estimator's segment terms price it.
        public var emissions: GramsCO2e
        /// Whether the segment counts in the line's total (corporate only when asked for).
        public var isCounted: Bool
    }

    /// One step of the waste waterfall.
    public struct WasteStep: Sendable, Hashable {
        /// The cause.
        public var cause: WasteCause
        /// Impressions the previous causes left.
        public var remainingImpressions: Double
        /// The impressions it takes: the remaining ones × the cause's share, and where the share came from.
        public var formula: Arithmetic
        /// Impressions wasted for this cause.
        public var impressions: Double
        /// Emissions charged to them: the line's total × impressions / `N`.
        public var emissions: GramsCO2e
    }
}
