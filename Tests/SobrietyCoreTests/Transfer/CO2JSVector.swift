import Foundation
import SobrietyCore

/// One reference output of CO2.js 0.19.0 from `Fixtures/co2js-sample-vectors.json`.
struct CO2JSVector: CustomStringConvertible, Sendable {
    let id: Int
    let name: String
    let model: TransferModel
    let method: String
    let bytes: Double
    let isGreen: Bool
    let options: [String: JSONValue]
    let result: JSONValue?
    let total: Double?
    let error: String?
    /// The input of a `ratingScale` vector.
    let ratingInput: Double?

    var description: String { "vector \(id) \(name)" }

    /// Whether the call is a per-visit one.
    var isPerVisit: Bool { method.hasPrefix("perVisit") }

    /// Whether the call is a trace: its result holds `co2` and the resolved `variables`.
    var isTrace: Bool { method.hasSuffix("Trace") }

    /// A vector the fixture does not describe as expected.
    struct MalformedVector: Error {
        let field: String
    }

    /// Every vector of the fixture, read once.
    static let all = Result { () throws -> [CO2JSVector] in
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/co2js-sample-vectors.json")
        struct Fixture: Decodable { let vectors: [[String: JSONValue]] }
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).vectors.map(CO2JSVector.init)
    }

    init(_ json: [String: JSONValue]) throws {
        func required<Value>(_ field: String, _ value: (JSONValue) -> Value?) throws -> Value {
            guard let found = json[field].flatMap(value) else { throw MalformedVector(field: field) }
            return found
        }
        id = Int(try required("id", \.number))
        name = try required("name", \.string)
        model = try required("model") { $0.string.flatMap(TransferModel.init(rawValue:)) }
        method = try required("method", \.string)
        bytes = json["bytes"]?.number ?? 0
        isGreen = json["green"]?.bool ?? false
        options = json["options"]?.object ?? [:]
        result = json["result"]
        total = json["total"]?.number
        error = json["error"]?.string
        ratingInput = json["input"]?.number
    }

    /// The emissions object: a trace's `co2`, or the result itself.
    var emissions: JSONValue? {
        guard isTrace else { return result }
        return result?["co2"]
    }

    /// The grid intensity CO2.js used for a segment (`dataCenter`, `network`, `device`), when the
    /// options set one; a country's as the trace resolved it.
    func resolvedGridIntensity(_ segment: String) -> Double? {
        guard let setting = options["gridIntensity"]?[segment] else { return nil }
        if let value = setting["value"]?.number { return value }
        return result?["variables"]?["gridIntensity"]?[segment]?["value"]?.number
    }

    /// The country a segment's option names, if any.
    func gridCountry(_ segment: String) -> String? {
        options["gridIntensity"]?[segment]?["country"]?.string
    }

    /// A number option, or `nil` when absent or not a number.
    func number(_ option: String) -> Double? {
        options[option]?.number
    }
}
