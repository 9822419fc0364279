/// The part of a campaign a budget limits: the line items of one campaign or of one platform,
/// written `[campaign=Spring launch]` or `[platform=tiktok]` after the metric.
public struct BudgetScope: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What the scope selects lines by.
    public enum Dimension: String, Sendable, Hashable, Codable, CaseIterable {
        /// The `campaign` column.
        case campaign
        /// The `platform` column.
        case platform
    }

    /// What the scope selects lines by.
    public var dimension: Dimension
    /// The value a line must have in that column.
    public var value: String

    /// Creates a scope.
    public init(_ dimension: Dimension, _ value: String) {
        self.dimension = dimension
        self.value = value
    }

    /// `campaign=Spring launch`.
    public var description: String { "\(dimension.rawValue)=\(value)" }

    /// Whether a line belongs to the scope.
    public func contains(_ line: CampaignLine) -> Bool {
        contains(campaign: line.campaign, platform: line.platform)
    }

    /// Whether an audited line belongs to the scope.
    public func contains(_ line: LineReport) -> Bool {
        contains(campaign: line.campaign, platform: line.platform)
    }

    private func contains(campaign: String?, platform: String) -> Bool {
        switch dimension {
        case .campaign: campaign == value
        case .platform: platform == value
        }
    }
}

/// The totals of the line items in one budget scope.
public struct ScopeSummary: Sendable, Hashable, Codable {
    /// The scope.
    public var scope: BudgetScope
    /// Line items in it.
    public var lines: Int
    /// Their totals.
    public var totals: Totals
    /// The share of their emissions charged to waste, 0…1.
    public var wasteShare: Double

    /// Creates a scope summary.
    public init(scope: BudgetScope, lines: Int, totals: Totals, wasteShare: Double) {
        self.scope = scope
        self.lines = lines
        self.totals = totals
        self.wasteShare = wasteShare
    }
}
