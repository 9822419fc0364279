/// A leaner-targeting recommendation (filled in by the recommender; see issue 4).
public struct Recommendation: Sendable, Hashable, Codable {
    /// A stable id.
    public var id: String
    /// The lever, such as `frequency_cap`.
    public var lever: String
    /// The line items it applies to.
    public var lineItems: [String]
    /// What a planner should do.
    public var action: String
    /// Emissions it saves.
    public var savings: EmissionEstimate
    /// Savings over the campaign's central total.
    public var savingsShare: Double
    /// Share of reach kept, 0…1.
    public var reachKept: Double
    /// Share of useful impressions kept, 0…1.
    public var usefulImpressionsKept: Double
    /// Source ids behind its threshold.
    public var sources: [String]

    /// Creates a recommendation.
    public init(
        id: String,
        lever: String,
        lineItems: [String],
        action: String,
        savings: EmissionEstimate,
        savingsShare: Double,
        reachKept: Double,
        usefulImpressionsKept: Double,
        sources: [String]
    ) {
        self.id = id
        self.lever = lever
        self.lineItems = lineItems
        self.action = action
        self.savings = savings
        self.savingsShare = savingsShare
        self.reachKept = reachKept
        self.usefulImpressionsKept = usefulImpressionsKept
        self.sources = sources
    }
}

/// The campaign with every recommendation applied.
public struct LeanPlan: Sendable, Hashable, Codable {
    /// Its emissions.
    public var emissions: EmissionEstimate
    /// Its impressions.
    public var impressions: Double
    /// Its useful impressions.
    public var usefulImpressions: Double

    /// Creates a lean-plan summary.
    public init(emissions: EmissionEstimate, impressions: Double, usefulImpressions: Double) {
        self.emissions = emissions
        self.impressions = impressions
        self.usefulImpressions = usefulImpressions
    }
}

/// A budget's verdict.
public struct BudgetResult: Sendable, Hashable, Codable {
    /// The metric, such as `total`.
    public var metric: String
    /// The limit.
    public var limit: Double
    /// The audited value compared with it.
    public var actual: Double
    /// The unit of both.
    public var unit: String
    /// Whether the budget was met.
    public var passed: Bool

    /// Creates a budget verdict.
    public init(metric: String, limit: Double, actual: Double, unit: String, passed: Bool) {
        self.metric = metric
        self.limit = limit
        self.actual = actual
        self.unit = unit
        self.passed = passed
    }
}
