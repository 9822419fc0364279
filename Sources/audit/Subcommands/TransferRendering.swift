import Foundation
import Sobriety

/// The result of `audit transfer --bytes N`, as text or JSON.
struct TransferDocument {
    let factorSet: FactorSetIdentity
    let estimate: TransferEstimate
    let bytes: Double

    /// `name  value` lines: the model, the bytes, the grams, the rating and each segment.
    func text() -> String {
        var lines = [
            ("model", "\(estimate.model.rawValue), \(estimate.visits == nil ? "per byte" : "per visit")"),
            ("bytes", DecimalText.plain(bytes)),
            ("grams CO2e", DecimalText.plain(estimate.totalGrams)),
        ]
        if let rating = estimate.rating { lines.append(("rating", rating.rawValue)) }
        for segment in estimate.model.segments {
            lines.append(("  \(segment.rawValue)", DecimalText.plain(estimate.segmentGrams[segment])))
        }
        lines.append(("factor set", "\(factorSet.name) \(factorSet.version) sha256:\(factorSet.sha256)"))
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { name, value in name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + value }
            .joined(separator: "\n") + "\n"
    }

    /// A JSON object with the same figures.
    func json() throws -> String {
        JSONText.object(
            TransferJSON.fields(of: estimate, bytes: bytes) + [("factorSet", TransferJSON.identity(factorSet))]
        )
            + "\n"
    }
}

/// The rows of a batch with their estimates, as CSV (the input columns, then the results) or JSON.
struct TransferTable {
    /// One input row and its estimate.
    struct Row {
        let fields: [String]
        let bytes: Double
        let estimate: TransferEstimate
    }

    let model: TransferModel
    let header: [String]
    let rows: [Row]

    /// The columns added after the input's: the total, then one per segment of the model.
    var resultColumns: [String] { ["grams"] + model.segments.map { "\($0.rawValue)_grams" } }

    /// The input rows, each with its grams and segments; input cells are neutralised against formulas.
    func csv() throws -> String {
        var lines = [(header.map(CSVField.text) + resultColumns).joined(separator: ",")]
        for row in rows {
            let results = [row.estimate.totalGrams] + model.segments.map { row.estimate.segmentGrams[$0] }
            lines.append((row.fields.map(CSVField.text) + results.map(DecimalText.plain)).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON object: the factor set and one object per row with its input cells and results.
    func json(factorSet: FactorSetIdentity) throws -> String {
        let rowObjects = rows.map { row in
            let input = JSONText.object(zip(header, row.fields).map { ($0, JSONText.string($1)) })
            return JSONText.object(
                [("input", input)] + TransferJSON.fields(of: row.estimate, bytes: row.bytes)
            )
        }
        return JSONText.object([
            ("factorSet", TransferJSON.identity(factorSet)), ("model", JSONText.string(model.rawValue)),
            ("rows", JSONText.array(rowObjects)),
        ]) + "\n"
    }
}

/// The JSON fields of an estimate, shared by the single and batch documents.
enum TransferJSON {
    static func fields(of estimate: TransferEstimate, bytes: Double) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("model", JSONText.string(estimate.model.rawValue)),
            ("method", JSONText.string(estimate.visits == nil ? "perByte" : "perVisit")),
            ("bytes", DecimalText.plain(bytes)),
            ("grams", DecimalText.plain(estimate.totalGrams)),
            (
                "segments",
                JSONText.object(
                    estimate.model.segments.map { ($0.rawValue, DecimalText.plain(estimate.segmentGrams[$0])) }
                )
            ),
        ]
        if let rating = estimate.rating { fields.append(("rating", JSONText.string(rating.rawValue))) }
        if let visits = estimate.visits {
            fields.append(
                (
                    "visits",
                    JSONText.object([
                        ("firstVisitRatio", DecimalText.plain(visits.firstVisit)),
                        ("returnVisitRatio", DecimalText.plain(visits.returnVisit)),
                        ("dataReloadRatio", DecimalText.plain(visits.dataReload)),
                    ])
                )
            )
        }
        return fields
    }

    static func identity(_ identity: FactorSetIdentity) -> String {
        JSONText.object([
            ("name", JSONText.string(identity.name)), ("version", JSONText.string(identity.version)),
            ("sha256", JSONText.string(identity.sha256)),
        ])
    }
}

/// Minimal JSON text: objects keep their field order, numbers come already formatted.
enum JSONText {
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0)):\($1)" }.joined(separator: ",") + "}"
    }

    static func array(_ elements: [String]) -> String {
        "[" + elements.joined(separator: ",") + "]"
    }

    static func string(_ value: String) -> String {
        var escaped = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20: escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
