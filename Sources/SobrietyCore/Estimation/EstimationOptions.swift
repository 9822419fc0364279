/// What an estimate includes and how its ranges are drawn.
public struct EstimationOptions: Sendable, Hashable {
    /// Monte Carlo settings for ranges.
    public var range: RangeSettings
    /// Whether the optional corporate segment is computed and counted in the total.
    public var includesCorporate: Bool
    /// Whether per-line detail is kept; without it memory does not grow with the number of lines.
    public var keepsLines: Bool
    /// Parts of the campaign whose totals the report lists (``AuditReport/scopes``), for scoped budgets.
    public var scopes: [BudgetScope]

    /// The Monte Carlo draw count used when none is given.
    public static let defaultDraws = 1_000
    /// The Monte Carlo seed used when none is given.
    public static let defaultSeed: UInt64 = 1

    /// Creates options.
    public init(
        range: RangeSettings = RangeSettings(draws: defaultDraws, seed: defaultSeed),
        includesCorporate: Bool = false,
        keepsLines: Bool = true,
        scopes: [BudgetScope] = []
    ) {
        self.range = range
        self.includesCorporate = includesCorporate
        self.keepsLines = keepsLines
        self.scopes = scopes
    }
}
