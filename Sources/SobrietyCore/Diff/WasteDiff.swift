/// Waste before and after: emissions charged to wasted impressions, their share, and each cause.
public struct WasteDiff: Sendable, Hashable, Codable {
    /// Emissions charged to wasted impressions.
    public var emissions: FigureChange<EmissionEstimate>
    /// Central waste emissions over central total emissions, a ratio from 0 to 1.
    public var share: FigureChange<Double>
    /// Impressions wasted for any cause: impressions minus useful impressions.
    public var impressions: FigureChange<Double>
    /// One entry per cause, in waterfall order.
    public var causes: [WasteCauseDiff]

    /// Compares the waste of two audits; a cause one audit does not list counts as none.
    ///
    /// - Parameters:
    ///   - base: The audit of the base plan.
    ///   - head: The audit of the head plan.
    public init(base: AuditReport, head: AuditReport) {
        let before = base.waste
        let after = head.waste
        emissions = FigureChange(before: before.emissions, after: after.emissions)
        share = FigureChange(before: before.share, after: after.share)
        impressions = FigureChange(before: base.totals.wastedImpressions, after: head.totals.wastedImpressions)
        causes = WasteCause.allCases.map { cause in
            WasteCauseDiff(cause: cause, before: before.result(for: cause), after: after.result(for: cause))
        }
    }
}

/// One waste cause before and after.
public struct WasteCauseDiff: Sendable, Hashable, Codable {
    /// The cause.
    public var cause: WasteCause
    /// Impressions wasted for this cause.
    public var impressions: FigureChange<Double>
    /// Emissions charged to them.
    public var emissions: FigureChange<EmissionEstimate>

    /// Compares one cause of two audits.
    init(cause: WasteCause, before: WasteCauseResult, after: WasteCauseResult) {
        self.cause = cause
        impressions = FigureChange(before: before.impressions, after: after.impressions)
        emissions = FigureChange(before: before.emissions, after: after.emissions)
    }
}

extension WasteSummary {
    /// The result of one cause; no impressions and no emissions when the summary does not list it.
    fileprivate func result(for cause: WasteCause) -> WasteCauseResult {
        causes.first { $0.cause == cause }
            ?? WasteCauseResult(cause: cause, impressions: 0, emissions: Estimate(exactly: .zero))
    }
}

extension Totals {
    /// Impressions wasted for any cause.
    fileprivate var wastedImpressions: Double { impressions - usefulImpressions }
}
