/// The audit of one line item: activity, emissions, waste, assumptions and the factors applied.
public struct LineReport: Sendable, Hashable, Codable {
    /// The `line_item` identifier.
    public var lineItem: String
    /// The campaign name, or `nil`.
    public var campaign: String?
    /// The file the line came from, as the user named it.
    public var file: String
    /// The 1-based line in that file.
    public var sourceLine: Int
    /// The platform key.
    public var platform: String
    /// The format applied (given or default).
    public var format: String
    /// The buying mode applied (given or default).
    public var buying: String
    /// The country applied (given, or `WORLD`).
    public var country: String
    /// Impressions served.
    public var impressions: Double
    /// Impressions left after every waste cause.
    public var usefulImpressions: Double
    /// Bytes, exposure seconds and video watch seconds (central).
    public var activity: LineActivity
    /// The line's emissions.
    public var emissions: EmissionEstimate
    /// The line's emissions by segment.
    public var segments: SegmentEmissions
    /// The line's waste, by cause in waterfall order.
    public var waste: [WasteCauseResult]
    /// Input columns that took a default value.
    public var assumed: [String]
    /// Every parameter applied to the line, so its arithmetic can be redone.
    public var factors: [AppliedFactor]

    /// Creates a line report.
    public init(
        lineItem: String,
        campaign: String?,
        file: String,
        sourceLine: Int,
        platform: String,
        format: String,
        buying: String,
        country: String,
        impressions: Double,
        usefulImpressions: Double,
        activity: LineActivity,
        emissions: EmissionEstimate,
        segments: SegmentEmissions,
        waste: [WasteCauseResult],
        assumed: [String],
        factors: [AppliedFactor]
    ) {
        self.lineItem = lineItem
        self.campaign = campaign
        self.file = file
        self.sourceLine = sourceLine
        self.platform = platform
        self.format = format
        self.buying = buying
        self.country = country
        self.impressions = impressions
        self.usefulImpressions = usefulImpressions
        self.activity = activity
        self.emissions = emissions
        self.segments = segments
        self.waste = waste
        self.assumed = assumed
        self.factors = factors
    }
}

/// A line's activity, central values.
public struct LineActivity: Sendable, Hashable, Codable {
    /// Data delivered, bytes.
    public var bytes: Double
    /// Seconds the ad was on screen.
    public var exposureSeconds: Double
    /// Seconds of video watched (0 for non-video lines).
    public var videoWatchSeconds: Double

    /// Creates an activity record.
    public init(bytes: Double, exposureSeconds: Double, videoWatchSeconds: Double) {
        self.bytes = bytes
        self.exposureSeconds = exposureSeconds
        self.videoWatchSeconds = videoWatchSeconds
    }
}

/// One parameter applied to a line: a factor from the store, or a value the input gave.
public struct AppliedFactor: Sendable, Hashable, Codable {
    /// The factor key (`contracts/factor-keys.md`).
    public var key: FactorKey
    /// The dimension: country, device, buying mode, format, channel or platform.
    public var dimension: String?
    /// The value applied.
    public var value: Double
    /// The low end of its range (absent for input values).
    public var low: Double?
    /// The high end of its range (absent for input values).
    public var high: Double?
    /// Its unit.
    public var unit: String
    /// The source id, or `input` for a value the campaign file gave.
    public var source: String

    /// The source id of values the campaign file gave.
    public static let inputSource = "input"

    /// Creates an applied factor from a stored factor.
    public init(_ factor: EmissionFactor) {
        self.key = factor.key
        self.dimension = factor.dimension
        self.value = factor.value
        self.low = factor.low
        self.high = factor.high
        self.unit = factor.unit
        self.source = factor.source
    }

    /// Creates an applied factor for a value the input gave.
    public init(inputKey key: FactorKey, dimension: String? = nil, value: Double, unit: String) {
        self.key = key
        self.dimension = dimension
        self.value = value
        self.low = nil
        self.high = nil
        self.unit = unit
        self.source = Self.inputSource
    }
}
