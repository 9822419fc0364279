public import SobrietyCore

/// Writes the machine-readable diff: ``PlanDiff`` as JSON with sorted keys.
///
/// The output is indented and its keys sorted, so the same diff always gives the same bytes.
/// Emissions are grams of CO2e.
///
/// The document (schema version `1`; additive changes only, the version bumps on a breaking one):
///
/// - `schemaVersion`: `"1"`.
/// - `tool` (`name`, `version`) and `factorSet` (`name`, `version`, `sha256`): of the head audit.
/// - `inputs`: `before` and `after`, each a list of files (`path`, `sha256`, `rows`, `format`).
/// - `totals`: `emissions`, `gramsPerThousandImpressions`, `gramsPerThousandUsefulImpressions`,
///   `impressions` and `usefulImpressions`, each a *change*.
/// - `waste`: `emissions`, `share` (0…1) and `impressions` (wasted for any cause), each a change,
///   and `causes`: one `{cause, impressions, emissions}` per cause in waterfall order, both changes.
/// - `lines`: `items`, the changed, added and removed line items, largest absolute emissions delta
///   first, ties by id, each `{lineItem, kind (added|removed|changed), platform, before, after,
///   emissionsDelta, impressionsDelta, usefulImpressionsDelta}`, where `before` and `after` are
///   `{emissions, impressions, usefulImpressions}` and absent for an added or removed side; then
///   `addedCount`, `removedCount`, `changedCount` and `unchangedCount`.
/// - `budgets`: one `{metric, limit, unit, before, after}` per budget, in the order given, where
///   `before` and `after` are `{actual, passed}`.
/// - `leanPlanEmissions`: a change, present when both audits have a lean plan.
///
/// A *change* is `{before, after, delta, relativeDelta, direction}`: `delta` is the central value
/// after minus before, `relativeDelta` the delta over the central value before (absent when that is
/// zero), `direction` is `increase`, `decrease` or `unchanged`. For an emission figure `before` and
/// `after` are estimates `{central, low, high}`; otherwise plain numbers.
public struct JSONDiffRenderer: PlanDiffRenderer {
    /// Creates a JSON diff renderer.
    public init() {}

    /// Renders a diff as pretty-printed JSON with sorted keys, ending with a line break.
    ///
    /// - Parameter diff: The diff to render.
    /// - Returns: The JSON document.
    /// - Throws: ``ReportRenderingError/nonFiniteNumber(value:field:)`` naming the field when a
    ///   number is NaN or infinite.
    public func render(_ diff: PlanDiff) throws -> String {
        try StableJSONEncoder.encode(diff)
    }
}
