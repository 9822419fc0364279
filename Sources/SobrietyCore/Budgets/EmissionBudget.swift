/// A limit on one audit metric, such as total emissions of at most 2.5 t CO2e.
///
/// Budgets are read from specs (`total=2.5t`, `intensity=350g/kimp`, `useful-intensity=600g/kimp`,
/// `waste-share=25%`; see ``init(parsing:)``) and checked against an ``AuditReport``. An overrun is
/// not an error: it is a ``BudgetVerdict`` that the caller lists in the report and turns into an
/// exit code.
public struct EmissionBudget: Sendable, Hashable {
    /// The metric limited.
    public let metric: BudgetMetric
    /// The line items it limits: one campaign's or one platform's; `nil` for the whole audit.
    public let scope: BudgetScope?
    /// The limit as written, in ``writtenUnit``; kept for messages that quote it.
    let limitInWrittenUnit: Double
    /// The unit the limit was written in.
    let writtenUnit: BudgetUnit

    /// Creates a budget from a limit in the metric's base unit.
    ///
    /// - Parameters:
    ///   - metric: The metric limited.
    ///   - limit: The largest value allowed, in the metric's ``BudgetMetric/baseUnit``: grams,
    ///     grams per 1,000 impressions, or a ratio from 0 to 1.
    ///   - scope: The line items it limits, or `nil` for the whole audit.
    public init(metric: BudgetMetric, limit: Double, scope: BudgetScope? = nil) {
        self.init(metric: metric, scope: scope, limitInWrittenUnit: limit, writtenUnit: metric.baseWrittenUnit)
    }

    /// Creates a budget from a limit as written.
    init(metric: BudgetMetric, scope: BudgetScope?, limitInWrittenUnit: Double, writtenUnit: BudgetUnit) {
        self.metric = metric
        self.scope = scope
        self.limitInWrittenUnit = limitInWrittenUnit
        self.writtenUnit = writtenUnit
    }

    /// The limit in the metric's ``BudgetMetric/baseUnit`` (`g`, `g/kimp` or `ratio`).
    public var limit: Double { writtenUnit.baseValue(of: limitInWrittenUnit) }

    /// Checks the budget against an audit: met when the audited value is at most the limit.
    ///
    /// A scoped budget is checked against the report's ``AuditReport/scopes`` entry for its scope
    /// (audit with the scope in ``EstimationOptions/scopes``); a scope that no line item is in has
    /// no emissions, so its budget is met, and the verdict says why.
    ///
    /// - Parameters:
    ///   - report: The audit to check.
    ///   - basis: Which value of an emission range to compare: the central estimate or the high end.
    /// - Returns: The verdict, with the ``BudgetResult`` the report lists.
    public func verdict(for report: AuditReport, basis: BudgetBasis = .central) -> BudgetVerdict {
        let summary = scope.flatMap { scope in report.scopes.first { $0.scope == scope } }
        let actual =
            if scope == nil {
                metric.actual(in: report, basis: basis)
            } else if let summary {
                metric.actual(totals: summary.totals, wasteShare: summary.wasteShare, basis: basis)
            } else {
                0.0
            }
        let passed = actual <= limit
        let result = BudgetResult(
            metric: metric.rawValue,
            scope: scope?.description,
            limit: limit,
            actual: actual,
            unit: metric.baseUnit,
            passed: passed,
            lineItems: passed ? [] : offendingLines(in: report, basis: basis)
        )
        return BudgetVerdict(
            budget: self,
            basis: basis,
            result: result,
            isEmptyScope: scope != nil && (summary?.lines ?? 0) == 0
        )
    }
}

extension EmissionBudget {
    /// Line items listed for a budget exceeded.
    static let offendingLineLimit = 5

    /// The line items behind an exceeded budget, largest first: for an intensity, those whose own
    /// intensity is over the limit (or the biggest emitter when none is); otherwise the biggest
    /// emitters in the scope.
    func offendingLines(in report: AuditReport, basis: BudgetBasis) -> [String] {
        let inScope = report.lines.filter { line in scope?.contains(line) ?? true }
            .sorted { basis.value(of: $0.emissions) > basis.value(of: $1.emissions) }
        func perThousand(_ grams: GramsCO2e, _ count: Double) -> Double {
            count > 0 ? grams.grams * UnitConversion.impressionsPerThousand / count : 0
        }
        let over: [LineReport]
        switch metric {
        case .intensity: over = inScope.filter { perThousand(basis.value(of: $0.emissions), $0.impressions) > limit }
        case .usefulIntensity:
            over = inScope.filter { perThousand(basis.value(of: $0.emissions), $0.usefulImpressions) > limit }
        case .total, .wasteShare: over = []
        }
        return (over.isEmpty ? inScope : over).prefix(Self.offendingLineLimit).map(\.lineItem)
    }

    /// Reads a budget spec: a metric, `=`, a number and a unit, such as `total=2.5t`.
    ///
    /// | metric | units | example |
    /// | --- | --- | --- |
    /// | `total` | `g`, `kg`, `t` (required) | `total=2.5t` |
    /// | `intensity` | `g/kimp`, `kg/kimp`: per 1,000 impressions | `intensity=350g/kimp` |
    /// | `useful-intensity` | `g/kimp`, `kg/kimp`: per 1,000 useful impressions | `useful-intensity=600g/kimp` |
    /// | `waste-share` | `%`, or a bare share from 0 to 1 | `waste-share=25%`, `waste-share=0.25` |
    ///
    /// Spaces around the metric, the number and the unit are ignored. The limit must be a finite
    /// number of 0 or more; a share is at most 1 (100%), and a bare share above 1 is refused rather
    /// than read as a percentage, as rates are in campaign files.
    ///
    /// - Parameter spec: The spec, such as `total=2.5t`.
    /// - Throws: ``BudgetSpecError`` naming the spec and what was expected.
    public init(parsing spec: String) throws(BudgetSpecError) {
        self = try BudgetSpecParser(spec: spec).budget()
    }
}

extension [EmissionBudget] {
    /// The scopes these budgets limit, each once, in order: what an audit must total for them
    /// (``EstimationOptions/scopes``).
    public var scopes: [BudgetScope] {
        var scopes: [BudgetScope] = []
        for case let scope? in map(\.scope) where !scopes.contains(scope) { scopes.append(scope) }
        return scopes
    }
}
