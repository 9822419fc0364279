/// The line items that differ between two versions of a plan, and how many did not.
public struct LineItemDiffs: Sendable, Hashable, Codable {
    /// Changed, added and removed lines, the largest absolute emissions delta first, ties by id.
    public var items: [LineItemDiff]
    /// Lines only in the head plan.
    public var addedCount: Int
    /// Lines only in the base plan.
    public var removedCount: Int
    /// Lines in both plans with different figures.
    public var changedCount: Int
    /// Lines in both plans with the same central emissions, impressions and useful impressions.
    public var unchangedCount: Int

    /// Matches the lines of two audits by `lineItem` and keeps those that differ.
    ///
    /// A line item is unique within a file; should an audit of several files repeat one, its
    /// occurrences are matched in order.
    ///
    /// - Parameters:
    ///   - before: The base plan's lines.
    ///   - after: The head plan's lines.
    public init(before: [LineReport], after: [LineReport]) {
        let baseLines = Self.keyed(before)
        let headLines = Self.keyed(after)
        let baseByKey = Dictionary(uniqueKeysWithValues: baseLines.map { ($0.key, $0.line) })
        let headKeys = Set(headLines.map(\.key))
        let pairs: [(before: LineReport?, after: LineReport?)] =
            headLines.map { (baseByKey[$0.key], $0.line) }
            + baseLines.filter { !headKeys.contains($0.key) }.map { ($0.line, nil) }
        let differing = pairs.compactMap { LineItemDiff(before: $0.before, after: $0.after) }
        items = Self.largestDeltaFirst(differing)
        addedCount = differing.count { $0.kind == .added }
        removedCount = differing.count { $0.kind == .removed }
        changedCount = differing.count { $0.kind == .changed }
        unchangedCount = pairs.count - differing.count
    }

    /// A line's identity across plans: its id, and which occurrence of that id it is.
    private struct LineKey: Hashable {
        let lineItem: String
        let occurrence: Int
    }

    private static func keyed(_ lines: [LineReport]) -> [(key: LineKey, line: LineReport)] {
        var occurrences: [String: Int] = [:]
        return lines.map { line in
            let occurrence = occurrences[line.lineItem, default: 0]
            occurrences[line.lineItem] = occurrence + 1
            return (LineKey(lineItem: line.lineItem, occurrence: occurrence), line)
        }
    }

    /// Sorted by absolute emissions delta, largest first, then by id, then in matching order.
    private static func largestDeltaFirst(_ diffs: [LineItemDiff]) -> [LineItemDiff] {
        diffs.enumerated()
            .sorted { lhs, rhs in
                let lhsMagnitude = lhs.element.emissionsDelta.grams.magnitude
                let rhsMagnitude = rhs.element.emissionsDelta.grams.magnitude
                if lhsMagnitude != rhsMagnitude { return lhsMagnitude > rhsMagnitude }
                if lhs.element.lineItem != rhs.element.lineItem { return lhs.element.lineItem < rhs.element.lineItem }
                return lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
