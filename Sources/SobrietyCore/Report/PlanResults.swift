/// A leaner-targeting recommendation: one lever applied to the lines it fits, with what it saves.
public struct Recommendation: Sendable, Hashable, Codable {
    /// A stable id: the lever's name.
    public var id: String
    /// The lever, such as `frequency_cap`.
    public var lever: String
    /// The lever's place in the order the lean planner applied them, from 1; its saving is measured
    /// on the plan the earlier ones left.
    public var order: Int
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
    /// Every cell of the plan it changes, as the lean plan's CSV writes it.
    public var changes: [LineChange]
    /// What it changes on each line, as values each report writes in its own language: the
    /// changes ``action`` names in words.
    public var adjustments: [LineAdjustment]

    /// Creates a recommendation.
    public init(
        id: String,
        lever: String,
        order: Int,
        lineItems: [String],
        action: String,
        savings: EmissionEstimate,
        savingsShare: Double,
        reachKept: Double,
        usefulImpressionsKept: Double,
        sources: [String],
        changes: [LineChange],
        adjustments: [LineAdjustment]
    ) {
        self.id = id
        self.lever = lever
        self.order = order
        self.lineItems = lineItems
        self.action = action
        self.savings = savings
        self.savingsShare = savingsShare
        self.reachKept = reachKept
        self.usefulImpressionsKept = usefulImpressionsKept
        self.sources = sources
        self.changes = changes
        self.adjustments = adjustments
    }
}

/// One cell of a campaign line that a recommendation changes, as canonical CSV text.
public struct LineChange: Sendable, Hashable, Codable {
    /// The line item changed.
    public var lineItem: String
    /// The canonical column, such as `ivt_rate`.
    public var column: String
    /// The cell before, or `nil` when it was empty (a default applied).
    public var from: String?
    /// The cell after.
    public var to: String?

    /// Creates a change.
    public init(lineItem: String, column: String, from: String?, to: String?) {
        self.lineItem = lineItem
        self.column = column
        self.from = from
        self.to = to
    }

    /// The cells that differ between two versions of a line, in column order.
    static func changes(from before: CampaignLine, to after: CampaignLine) -> [LineChange] {
        zip(CampaignLine.canonicalColumns, zip(before.canonicalCells, after.canonicalCells)).compactMap {
            column,
            cells in
            cells.0 == cells.1 ? nil : LineChange(lineItem: before.lineItem, column: column, from: cells.0, to: cells.1)
        }
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
    /// The line items the budget limits, such as `campaign=Spring launch`; `nil` for the whole audit.
    public var scope: String?
    /// The limit.
    public var limit: Double
    /// The audited value compared with it.
    public var actual: Double
    /// The unit of both.
    public var unit: String
    /// Whether the budget was met.
    public var passed: Bool
    /// For a budget exceeded, the line items behind it, largest first: those over an intensity
    /// limit themselves, or the biggest emitters in the budget's scope.
    public var lineItems: [String]

    /// The metric with its scope: `total`, `total[campaign=Spring launch]`.
    public var name: String { Self.name(metric: metric, scope: scope) }

    /// A budget's name: the metric, with its scope in brackets when it has one.
    public static func name(metric: String, scope: String?) -> String {
        scope.map { "\(metric)[\($0)]" } ?? metric
    }

    /// Creates a budget verdict.
    public init(
        metric: String,
        scope: String? = nil,
        limit: Double,
        actual: Double,
        unit: String,
        passed: Bool,
        lineItems: [String] = []
    ) {
        self.lineItems = lineItems
        self.metric = metric
        self.scope = scope
        self.limit = limit
        self.actual = actual
        self.unit = unit
        self.passed = passed
    }
}

/// How far one factor moves the campaign total between its low and its high value, every other
/// factor at its central value.
public struct FactorSensitivity: Sendable, Hashable, Codable {
    /// The factor's key.
    public var key: FactorKey
    /// The factor's dimension, where it has one.
    public var dimension: String?
    /// The unit of its values.
    public var unit: String
    /// Its source id.
    public var source: String
    /// Its central value.
    public var value: Double
    /// Its low value.
    public var low: Double
    /// Its high value.
    public var high: Double
    /// The campaign total with this factor at its low value.
    public var totalAtLow: GramsCO2e
    /// The campaign total with this factor at its high value.
    public var totalAtHigh: GramsCO2e

    /// Creates a sensitivity entry.
    public init(
        key: FactorKey,
        dimension: String?,
        unit: String,
        source: String,
        value: Double,
        low: Double,
        high: Double,
        totalAtLow: GramsCO2e,
        totalAtHigh: GramsCO2e
    ) {
        self.key = key
        self.dimension = dimension
        self.unit = unit
        self.source = source
        self.value = value
        self.low = low
        self.high = high
        self.totalAtLow = totalAtLow
        self.totalAtHigh = totalAtHigh
    }

    /// The factor's key and dimension.
    public var id: FactorID { FactorID(key: key, dimension: dimension) }

    /// The width of the interval between the two totals.
    public var swing: GramsCO2e {
        GramsCO2e(grams: abs(totalAtHigh.grams - totalAtLow.grams))
    }
}
