public import SobrietyCore

/// Turns an audit report into the text of one format.
///
/// Renderers only format: every figure they show is in the report, and the same report always
/// gives byte-identical output (no clock, no environment locale, no dictionary order).
public protocol ReportRenderer: Sendable {
    /// Renders a report.
    ///
    /// - Parameter report: The audit to render.
    /// - Returns: The complete document, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when the report holds a number that cannot be written.
    func render(_ report: AuditReport) throws -> String
}
