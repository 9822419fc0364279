public import SobrietyCore

/// Writes the machine-readable report of `contracts/report.schema.json`.
///
/// Keys are sorted and the output is indented, so the same report always gives the same bytes and
/// two reports compare line by line. Emissions are grams.
public struct JSONReportRenderer: ReportRenderer {
    /// Creates a JSON renderer.
    public init() {}

    /// Renders a report as pretty-printed JSON with sorted keys, ending with a line break.
    ///
    /// - Parameter report: The audit to render.
    /// - Returns: The JSON document.
    /// - Throws: ``ReportRenderingError/nonFiniteNumber(value:field:)`` naming the field when a
    ///   number is NaN or infinite (JSON cannot hold them).
    public func render(_ report: AuditReport) throws -> String {
        try StableJSONEncoder.encode(report)
    }
}
