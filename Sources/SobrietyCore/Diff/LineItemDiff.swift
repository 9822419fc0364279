/// How one line item differs between two versions of a plan.
///
/// Lines are matched by `lineItem`. A line only in the head plan is added, one only in the base
/// plan is removed, and one in both whose central emissions, impressions or useful impressions
/// differ is changed. The deltas take a missing side as zero, so an added line's delta is its
/// own emissions and a removed line's is minus its emissions.
public struct LineItemDiff: Sendable, Hashable, Codable {
    /// The `line_item` identifier.
    public var lineItem: String
    /// Whether the line was added, removed or changed.
    public var kind: LineItemDiffKind
    /// The line's platform: in the head plan, or in the base plan for a removed line.
    public var platform: String
    /// The line in the base plan; `nil` for an added line.
    public var before: LineFigures?
    /// The line in the head plan; `nil` for a removed line.
    public var after: LineFigures?
    /// Central emissions after minus before.
    public var emissionsDelta: GramsCO2e
    /// Impressions after minus before.
    public var impressionsDelta: Double
    /// Useful impressions after minus before.
    public var usefulImpressionsDelta: Double

    /// Compares two versions of a line; `nil` when both are missing or their figures are equal.
    ///
    /// - Parameters:
    ///   - before: The line in the base plan, or `nil` when it was added.
    ///   - after: The line in the head plan, or `nil` when it was removed.
    init?(before: LineReport?, after: LineReport?) {
        guard let identified = after ?? before else { return nil }
        let figuresBefore = before.map(LineFigures.init)
        let figuresAfter = after.map(LineFigures.init)
        switch (figuresBefore, figuresAfter) {
        case (nil, _): kind = .added
        case (_, nil): kind = .removed
        case (let old?, let new?):
            guard !old.hasSameCentralFigures(as: new) else { return nil }
            kind = .changed
        }
        lineItem = identified.lineItem
        platform = identified.platform
        self.before = figuresBefore
        self.after = figuresAfter
        let zero = LineFigures.none
        let old = figuresBefore ?? zero
        let new = figuresAfter ?? zero
        emissionsDelta = new.emissions.central - old.emissions.central
        impressionsDelta = new.impressions - old.impressions
        usefulImpressionsDelta = new.usefulImpressions - old.usefulImpressions
    }
}

/// What happened to a line item between two versions of a plan.
public enum LineItemDiffKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Only in the head plan.
    case added
    /// Only in the base plan.
    case removed
    /// In both, with different emissions, impressions or useful impressions.
    case changed
}

/// The figures of one line item that a diff compares.
public struct LineFigures: Sendable, Hashable, Codable {
    /// The line's emissions, with their range.
    public var emissions: EmissionEstimate
    /// Impressions served.
    public var impressions: Double
    /// Impressions left after every waste cause.
    public var usefulImpressions: Double

    /// Creates a line's figures.
    ///
    /// - Parameters:
    ///   - emissions: The line's emissions, with their range.
    ///   - impressions: Impressions served.
    ///   - usefulImpressions: Impressions left after every waste cause.
    public init(emissions: EmissionEstimate, impressions: Double, usefulImpressions: Double) {
        self.emissions = emissions
        self.impressions = impressions
        self.usefulImpressions = usefulImpressions
    }

    /// The figures of an audited line.
    init(_ line: LineReport) {
        self.init(emissions: line.emissions, impressions: line.impressions, usefulImpressions: line.usefulImpressions)
    }

    /// No emissions and no impressions: the missing side of an added or removed line.
    static let none = LineFigures(emissions: Estimate(exactly: .zero), impressions: 0, usefulImpressions: 0)

    /// Whether both have the same central emissions, impressions and useful impressions.
    func hasSameCentralFigures(as other: LineFigures) -> Bool {
        emissions.central == other.emissions.central && impressions == other.impressions
            && usefulImpressions == other.usefulImpressions
    }
}
