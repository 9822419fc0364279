/// A figure of a plan before and after a change, with how far its central value moved.
///
/// `delta` is `after − before` of the central values, in the figure's own unit: grams of CO2e for
/// emissions and intensities, impressions for counts, a ratio from 0 to 1 for shares.
public struct FigureChange<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The figure in the base plan.
    public var before: Value
    /// The figure in the head plan.
    public var after: Value
    /// The central value after minus the central value before, in the figure's unit.
    public var delta: Double
    /// The delta over the central value before (`0.104` for +10.4%), or `nil` when that is zero.
    public var relativeDelta: Double?
    /// Whether the central value went up, down or stayed the same.
    public var direction: ChangeDirection

    /// Creates a change from both figures and their central values.
    init(before: Value, after: Value, centralBefore: Double, centralAfter: Double) {
        self.before = before
        self.after = after
        delta = centralAfter - centralBefore
        relativeDelta = centralBefore == 0 ? nil : delta / centralBefore
        direction = ChangeDirection(delta: delta)
    }
}

extension FigureChange where Value == Double {
    /// The change of a count or a share.
    ///
    /// - Parameters:
    ///   - before: The value in the base plan.
    ///   - after: The value in the head plan.
    public init(before: Double, after: Double) {
        self.init(before: before, after: after, centralBefore: before, centralAfter: after)
    }
}

extension FigureChange where Value == EmissionEstimate {
    /// The change of an emission estimate; the delta is of the central estimates, in grams.
    ///
    /// - Parameters:
    ///   - before: The estimate in the base plan, with its range.
    ///   - after: The estimate in the head plan, with its range.
    public init(before: EmissionEstimate, after: EmissionEstimate) {
        self.init(
            before: before,
            after: after,
            centralBefore: before.central.grams,
            centralAfter: after.central.grams
        )
    }

    /// The delta of the central estimates as a mass.
    public var deltaMass: GramsCO2e { GramsCO2e(grams: delta) }
}

/// Which way a figure moved between two plans.
public enum ChangeDirection: String, Sendable, Hashable, CaseIterable, Codable {
    /// The figure went up.
    case increase
    /// The figure went down.
    case decrease
    /// The figure is the same in both plans.
    case unchanged

    /// The direction of a delta: its sign.
    ///
    /// - Parameter delta: The value after minus the value before.
    public init(delta: Double) {
        self = delta > 0 ? .increase : delta < 0 ? .decrease : .unchanged
    }
}
