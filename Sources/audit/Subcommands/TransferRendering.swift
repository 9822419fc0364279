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

    /// A JSON object with the same figures, in the reports' JSON style (sorted keys, indented).
    func json() throws -> String {
        try StableJSONEncoder.encode(
            TransferJSON.Single(estimate: TransferJSON.Estimate(estimate, bytes: bytes), factorSet: factorSet)
        )
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

    /// A JSON object: the factor set, the model and one object per row with its input cells and results.
    func json(factorSet: FactorSetIdentity) throws -> String {
        let rowObjects = rows.map { row in
            TransferJSON.Row(
                input: Dictionary(zip(header, row.fields), uniquingKeysWith: { first, _ in first }),
                estimate: TransferJSON.Estimate(row.estimate, bytes: row.bytes)
            )
        }
        return try StableJSONEncoder.encode(
            TransferJSON.Batch(factorSet: factorSet, model: model.rawValue, rows: rowObjects)
        )
    }
}

/// The JSON documents of `audit transfer`, encoded like the reports' JSON.
enum TransferJSON {
    /// An estimate's fields, shared by the single and batch documents.
    struct Estimate: Encodable {
        let model: String
        /// `perByte` or `perVisit`.
        let method: String
        let bytes: Double
        let grams: Double
        /// Grams by segment name.
        let segments: [String: Double]
        let rating: String?
        let visits: Visits?

        init(_ estimate: TransferEstimate, bytes: Double) {
            model = estimate.model.rawValue
            method = estimate.visits == nil ? "perByte" : "perVisit"
            self.bytes = bytes
            grams = estimate.totalGrams
            segments = Dictionary(
                uniqueKeysWithValues: estimate.model.segments.map { ($0.rawValue, estimate.segmentGrams[$0]) }
            )
            rating = estimate.rating?.rawValue
            visits = estimate.visits.map(Visits.init)
        }
    }

    /// The visit ratios of a per-visit estimate.
    struct Visits: Encodable {
        let firstVisitRatio: Double
        let returnVisitRatio: Double
        let dataReloadRatio: Double

        init(_ visits: VisitRatios) {
            firstVisitRatio = visits.firstVisit
            returnVisitRatio = visits.returnVisit
            dataReloadRatio = visits.dataReload
        }
    }

    /// `audit transfer --bytes N --format json`: the estimate's fields and the factor set.
    struct Single: Encodable {
        let estimate: Estimate
        let factorSet: FactorSetIdentity

        func encode(to encoder: any Encoder) throws {
            try estimate.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(factorSet, forKey: .factorSet)
        }

        private enum Keys: String, CodingKey { case factorSet }
    }

    /// One row of a batch: its input cells by column, then the estimate's fields.
    struct Row: Encodable {
        let input: [String: String]
        let estimate: Estimate

        func encode(to encoder: any Encoder) throws {
            try estimate.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(input, forKey: .input)
        }

        private enum Keys: String, CodingKey { case input }
    }

    /// `audit transfer --input FILE --format json`: the factor set, the model and the rows.
    struct Batch: Encodable {
        let factorSet: FactorSetIdentity
        let model: String
        let rows: [Row]
    }
}
