/// The result of an audit: the one value every renderer formats (JSON, Markdown, text, …).
///
/// Its shape follows `contracts/report.schema.json`; emissions are grams of CO2e. Renderers never
/// compute: every figure they show is here.
public struct AuditReport: Sendable, Hashable, Codable {
    /// The JSON report's schema version; bumped on any breaking change.
    public var schemaVersion: String
    /// The tool that wrote the report.
    public var tool: ToolInfo
    /// The factor set used, with its digest.
    public var factorSet: FactorSetIdentity
    /// The files audited.
    public var inputs: [InputSummary]
    /// The method and its Monte Carlo settings.
    public var method: MethodInfo
    /// Campaign totals.
    public var totals: Totals
    /// Campaign emissions by segment.
    public var segments: SegmentEmissions
    /// Emissions and impressions wasted, by cause.
    public var waste: WasteSummary
    /// One entry per line item, in input order; empty in a summary report.
    public var lines: [LineReport]
    /// Leaner-targeting recommendations, largest saving first.
    public var recommendations: [Recommendation]
    /// The campaign with every recommendation applied, when computed.
    public var leanPlan: LeanPlan?
    /// Budget verdicts, when budgets were given.
    public var budgets: [BudgetResult]
    /// The totals of each budget scope the audit was asked for.
    public var scopes: [ScopeSummary]
    /// Recoverable problems found in the input.
    public var warnings: [ReportWarning]
    /// Every source cited by the factors the report applied, sorted by id.
    public var sources: [FactorSource]
    /// The factors that move the total most, largest swing first.
    public var sensitivity: [FactorSensitivity]
    /// The total emissions in everyday activities (km by car, hours of streaming…), for the factors the set has.
    public var equivalents: [Equivalent]

    /// Creates a report from all of its parts.
    public init(
        schemaVersion: String = "1",
        tool: ToolInfo,
        factorSet: FactorSetIdentity,
        inputs: [InputSummary],
        method: MethodInfo,
        totals: Totals,
        segments: SegmentEmissions,
        waste: WasteSummary,
        lines: [LineReport],
        recommendations: [Recommendation] = [],
        leanPlan: LeanPlan? = nil,
        budgets: [BudgetResult] = [],
        scopes: [ScopeSummary] = [],
        warnings: [ReportWarning],
        sources: [FactorSource],
        sensitivity: [FactorSensitivity] = [],
        equivalents: [Equivalent] = []
    ) {
        self.schemaVersion = schemaVersion
        self.tool = tool
        self.factorSet = factorSet
        self.inputs = inputs
        self.method = method
        self.totals = totals
        self.segments = segments
        self.waste = waste
        self.lines = lines
        self.recommendations = recommendations
        self.leanPlan = leanPlan
        self.budgets = budgets
        self.scopes = scopes
        self.warnings = warnings
        self.sources = sources
        self.sensitivity = sensitivity
        self.equivalents = equivalents
    }
}

/// An emission estimate in grams of CO2e with its range.
public typealias EmissionEstimate = Estimate<GramsCO2e>

/// The tool's name and version.
public struct ToolInfo: Sendable, Hashable, Codable {
    /// Always `sobriety`.
    public var name: String
    /// The tool's version.
    public var version: String

    /// Creates tool information.
    public init(name: String = "sobriety", version: String) {
        self.name = name
        self.version = version
    }
}

/// One audited input file.
public struct InputSummary: Sendable, Hashable, Codable {
    /// The path as the user gave it.
    public var path: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// Data rows read.
    public var rows: Int
    /// `canonical`, or the platform export preset detected.
    public var format: String

    /// Creates an input summary.
    public init(path: String, sha256: String, rows: Int, format: String) {
        self.path = path
        self.sha256 = sha256
        self.rows = rows
        self.format = format
    }
}

/// The method's name and the settings of its Monte Carlo ranges.
public struct MethodInfo: Sendable, Hashable, Codable {
    /// The method's name, `gmsf-aligned`.
    public var name: String
    /// How ranges were computed.
    public var range: RangeSettings

    /// Creates method information.
    public init(name: String = "gmsf-aligned", range: RangeSettings) {
        self.name = name
        self.range = range
    }
}

/// Campaign totals.
public struct Totals: Sendable, Hashable, Codable {
    /// Impressions served.
    public var impressions: Double
    /// Impressions left after every waste cause.
    public var usefulImpressions: Double
    /// Seconds of video watched.
    public var videoWatchSeconds: Double
    /// Data delivered, central estimate, bytes.
    public var bytes: Double
    /// Total emissions.
    public var emissions: EmissionEstimate
    /// Emissions per 1,000 impressions.
    public var gramsPerThousandImpressions: EmissionEstimate
    /// Emissions per 1,000 useful impressions.
    public var gramsPerThousandUsefulImpressions: EmissionEstimate

    /// Creates totals.
    public init(
        impressions: Double,
        usefulImpressions: Double,
        videoWatchSeconds: Double,
        bytes: Double,
        emissions: EmissionEstimate,
        gramsPerThousandImpressions: EmissionEstimate,
        gramsPerThousandUsefulImpressions: EmissionEstimate
    ) {
        self.impressions = impressions
        self.usefulImpressions = usefulImpressions
        self.videoWatchSeconds = videoWatchSeconds
        self.bytes = bytes
        self.emissions = emissions
        self.gramsPerThousandImpressions = gramsPerThousandImpressions
        self.gramsPerThousandUsefulImpressions = gramsPerThousandUsefulImpressions
    }
}

/// Emissions by segment; `corporate` only when it was asked for.
public struct SegmentEmissions: Sendable, Hashable, Codable {
    /// Network energy.
    public var networkUse: EmissionEstimate
    /// Network manufacturing.
    public var networkEmbodied: EmissionEstimate
    /// Edge and CDN energy.
    public var cdn: EmissionEstimate
    /// Device energy.
    public var deviceUse: EmissionEstimate
    /// Device manufacturing.
    public var deviceEmbodied: EmissionEstimate
    /// Ad selection.
    public var adSelection: EmissionEstimate
    /// The media owner's corporate share, when included.
    public var corporate: EmissionEstimate?

    /// Creates a breakdown from a lookup by segment; corporate is kept only when `includesCorporate`.
    public init(includesCorporate: Bool, _ estimate: (Segment) -> EmissionEstimate) {
        networkUse = estimate(.networkUse)
        networkEmbodied = estimate(.networkEmbodied)
        cdn = estimate(.cdn)
        deviceUse = estimate(.deviceUse)
        deviceEmbodied = estimate(.deviceEmbodied)
        adSelection = estimate(.adSelection)
        corporate = includesCorporate ? estimate(.corporate) : nil
    }

    /// The estimate of one segment, `nil` for corporate when it was not included.
    public subscript(segment: Segment) -> EmissionEstimate? {
        switch segment {
        case .networkUse: networkUse
        case .networkEmbodied: networkEmbodied
        case .cdn: cdn
        case .deviceUse: deviceUse
        case .deviceEmbodied: deviceEmbodied
        case .adSelection: adSelection
        case .corporate: corporate
        }
    }
}

/// Waste for the whole campaign.
public struct WasteSummary: Sendable, Hashable, Codable {
    /// Emissions charged to wasted impressions.
    public var emissions: EmissionEstimate
    /// Central waste emissions over central total emissions, 0…1.
    public var share: Double
    /// One entry per cause, in waterfall order.
    public var causes: [WasteCauseResult]

    /// Creates a waste summary.
    public init(emissions: EmissionEstimate, share: Double, causes: [WasteCauseResult]) {
        self.emissions = emissions
        self.share = share
        self.causes = causes
    }
}

/// Impressions and emissions charged to one waste cause.
public struct WasteCauseResult: Sendable, Hashable, Codable {
    /// The cause.
    public var cause: WasteCause
    /// Impressions wasted for this cause.
    public var impressions: Double
    /// Emissions charged to them.
    public var emissions: EmissionEstimate

    /// Creates a cause result.
    public init(cause: WasteCause, impressions: Double, emissions: EmissionEstimate) {
        self.cause = cause
        self.impressions = impressions
        self.emissions = emissions
    }
}

/// A recoverable problem listed in the report.
public struct ReportWarning: Sendable, Hashable, Codable {
    /// A stable code, such as `unknown-columns`.
    public var code: String
    /// The message, with its location prefix.
    public var message: String
    /// The 1-based input line, when the warning is about one.
    public var line: Int?
    /// The input file, as the user named it, when the warning is about one.
    public var file: String?

    /// Creates a warning.
    public init(code: String, message: String, line: Int? = nil, file: String? = nil) {
        self.code = code
        self.message = message
        self.line = line
        self.file = file
    }
}
