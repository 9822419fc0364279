import Foundation

/// Encodes a value as JSON that is the same bytes for the same value: sorted keys, indented, slashes
/// as they are, ending with a line break.
///
/// A number JSON cannot hold (NaN or infinity) is reported with its path in the document.
public enum StableJSONEncoder {
    /// The JSON text of a value.
    ///
    /// - Parameter value: The value to encode.
    /// - Returns: The pretty-printed JSON document with sorted keys, ending with a line break.
    /// - Throws: ``ReportRenderingError/nonFiniteNumber(value:field:)`` naming the field of a NaN or
    ///   infinite number.
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(value)
        } catch EncodingError.invalidValue(let value, let context) {
            throw ReportRenderingError.nonFiniteNumber(
                value: value as? Double ?? .nan,
                field: path(context.codingPath)
            )
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A coding path as it reads in the JSON: `lines.items[2].emissionsDelta`.
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
