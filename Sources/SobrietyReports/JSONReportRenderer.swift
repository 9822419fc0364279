import Foundation
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(report)
        } catch EncodingError.invalidValue(let value, let context) {
            throw ReportRenderingError.nonFiniteNumber(
                value: value as? Double ?? .nan,
                field: Self.path(context.codingPath)
            )
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A coding path as it reads in the JSON: `lines[2].emissions.low`.
    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce(into: "") { path, key in
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
    }
}
