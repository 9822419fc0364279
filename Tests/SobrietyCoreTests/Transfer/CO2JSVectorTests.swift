import Foundation
import SobrietyCore
import Testing

/// Every CO2.js 0.19.0 reference vector the library can express reproduces to a relative error
/// of 1e-9 or less, totals, segments and ratings alike; the rest are the inputs the library refuses
/// on purpose, and it refuses each of them.
@Suite struct CO2JSVectorTests {
    static let tolerance = 1e-9
    static let estimators = Result { () throws -> [TransferModel: TransferEstimator] in
        let factors = try TransferFactorTables.set.get()
        return Dictionary(
            uniqueKeysWithValues: try TransferModel.allCases.map { model in
                (model, try TransferEstimator(model: model, factors: factors))
            }
        )
    }

    static func estimator(_ model: TransferModel) throws -> TransferEstimator {
        try #require(try estimators.get()[model], "no estimator for \(model)")
    }

    /// What the library makes of a vector.
    enum Outcome {
        /// An estimate to compare with CO2.js's result.
        case estimate(TransferEstimate)
        /// A refusal, where CO2.js throws or falls back silently.
        case refused(TransferInputError)
    }

    /// The request a vector describes, as the library takes it.
    static func request(for vector: CO2JSVector, byCountry: Bool = false) -> TransferRequest {
        func setting(_ segment: String) -> GridIntensitySetting? {
            if byCountry, let country = vector.gridCountry(segment) { return .country(country) }
            return vector.resolvedGridIntensity(segment).map(GridIntensitySetting.gramsPerKilowattHour)
        }
        // CO2.js: `green` wins over a share; SWD v3 and OneByte ignore the share.
        let share =
            vector.isGreen ? 1 : vector.model == .swdV4 ? vector.number("greenHostingFactor") ?? 0 : 0
        let visits =
            vector.isPerVisit
            ? VisitPattern(
                firstVisitRatio: vector.number("firstVisitPercentage"),
                returnVisitRatio: vector.number("returnVisitPercentage"),
                dataReloadRatio: vector.number("dataReloadRatio")
            ) : nil
        return TransferRequest(
            bytes: vector.bytes,
            greenHostingShare: share,
            grid: TransferGridSettings(
                dataCenter: setting("dataCenter"),
                network: setting("network"),
                device: setting("device")
            ),
            visits: visits
        )
    }

    static func outcome(of vector: CO2JSVector, byCountry: Bool = false) throws -> Outcome {
        let estimator = try estimator(vector.model)
        do {
            return .estimate(try estimator.estimate(request(for: vector, byCountry: byCountry)))
        } catch {
            return .refused(error)
        }
    }

    /// The inputs the library refuses on purpose, where CO2.js throws or falls back.
    static func expectedRefusal(of vector: CO2JSVector) -> Bool {
        if vector.error != nil { return true }
        if vector.model == .oneByte, vector.options["gridIntensity"] != nil { return true }
        let ratios = ["firstVisitPercentage", "returnVisitPercentage", "dataReloadRatio"]
        if vector.isPerVisit, ratios.contains(where: { vector.number($0).map { !(0...1).contains($0) } ?? false }) {
            return true
        }
        if vector.model == .swdV4, !vector.isGreen, let share = vector.number("greenHostingFactor") {
            return !(0...1).contains(share)
        }
        return false
    }

    static func relativeError(_ actual: Double, _ expected: Double) -> Double {
        if expected == 0 { return actual == 0 ? 0 : .infinity }
        return abs(actual - expected) / abs(expected)
    }

    /// The CO2.js fields of an estimate, by the names CO2.js gives them.
    static func fields(of estimate: TransferEstimate, vector: CO2JSVector) throws -> [String: Double] {
        var fields = ["total": estimate.totalGrams]
        switch estimate.model {
        case .swdV4:
            let operational = try #require(estimate.operationalGrams)
            let embodied = try #require(estimate.embodiedGrams)
            for (name, segment) in [
                ("dataCenter", TransferSegment.dataCenter), ("network", .network), ("consumerDevice", .device),
            ] {
                fields["\(name)OperationalCO2e"] = operational[segment]
                fields["\(name)EmbodiedCO2e"] = embodied[segment]
                fields["\(name)CO2e"] = operational[segment] + embodied[segment]
            }
            fields["totalOperationalCO2e"] = operational.total
            fields["totalEmbodiedCO2e"] = embodied.total
            if let visits = estimate.visits {
                fields["firstVisitCO2e"] = estimate.loadGrams.total
                fields["returnVisitCO2e"] = estimate.loadGrams.total * visits.dataReload
            }
        case .swdV3:
            for (name, segment) in [
                ("consumerDevice", TransferSegment.device), ("network", .network), ("production", .production),
                ("dataCenter", .dataCenter),
            ] {
                if vector.isPerVisit {
                    fields["\(name)CO2 - first"] = estimate.firstVisitGrams[segment]
                    fields["\(name)CO2 - subsequent"] = estimate.returnVisitGrams[segment]
                } else {
                    fields["\(name)CO2"] = estimate.loadGrams[segment]
                }
            }
        case .oneByte:
            break
        }
        return fields
    }

    /// Compares an estimate with a vector's result; returns the largest relative error and the fields compared.
    static func compare(_ estimate: TransferEstimate, with vector: CO2JSVector) throws -> (error: Double, fields: Int) {
        let total = try #require(vector.total, "\(vector) has no total")
        var largest = relativeError(estimate.totalGrams, total)
        #expect(largest <= tolerance, "\(vector): total \(estimate.totalGrams), CO2.js \(total)")
        var compared = 1
        guard let object = vector.emissions?.object else { return (largest, compared) }
        let ours = try fields(of: estimate, vector: vector)
        for (name, value) in object where name != "total" {
            if name == "rating" {
                #expect(estimate.rating?.rawValue == value.string, "\(vector): rating")
                compared += 1
                continue
            }
            let expected = try #require(value.number, "\(vector): \(name) is not a number")
            guard let actual = ours[name] else {
                Issue.record("\(vector): no field \(name)")
                continue
            }
            let error = relativeError(actual, expected)
            #expect(error <= tolerance, "\(vector): \(name) \(actual), CO2.js \(expected)")
            largest = max(largest, error)
            compared += 1
        }
        return (largest, compared)
    }

    @Test func everyExpressibleVectorMatchesCO2JS() throws {
        var reproduced: [String: Int] = [:]
        var refused: [String: Int] = [:]
        var largestError = 0.0
        for vector in try CO2JSVector.all.get() where vector.method != "ratingScale" {
            let key = "\(vector.model.rawValue) \(vector.method)"
            switch (try Self.outcome(of: vector), Self.expectedRefusal(of: vector)) {
            case (.estimate(let estimate), false):
                largestError = max(largestError, try Self.compare(estimate, with: vector).error)
                reproduced[key, default: 0] += 1
            case (.refused, true):
                refused[key, default: 0] += 1
            case (.estimate, true):
                Issue.record("\(vector): expected a refusal, got an estimate")
            case (.refused(let error), false):
                Issue.record("\(vector): refused: \(error)")
            }
        }
        let summary = reproduced.keys.sorted().map { "\($0): \(reproduced[$0, default: 0])" }.joined(separator: ", ")
        print(
            "CO2.js vectors reproduced: \(summary); refused on purpose: \(refused); largest relative error \(largestError)"
        )
        let handled: Int = reproduced.values.reduce(0, +) + refused.values.reduce(0, +)
        #expect(handled == 481)
    }

    @Test func everyRatingScaleVectorMatchesCO2JS() throws {
        let factors = try TransferFactorTables.set.get()
        let scales: [TransferModel: TransferRatingScale] = [
            .swdV4: try SustainableWebDesignV4(factors: factors).ratingScale,
            .swdV3: try SustainableWebDesignV3(factors: factors).ratingScale,
        ]
        let vectors = try CO2JSVector.all.get().filter { $0.method == "ratingScale" }
        #expect(vectors.count == 42)
        for vector in vectors {
            let scale = try #require(scales[vector.model], "\(vector)")
            let rating = scale.rating(forGrams: try #require(vector.ratingInput, "\(vector)"))
            #expect(rating.rawValue == vector.result?.string, "\(vector)")
        }
    }

    /// Where the factor set's grid intensity of a country is the one CO2.js 0.19.0 bundles, the
    /// country itself (alpha-3, as CO2.js takes it) gives CO2.js's result.
    @Test func countriesResolveThroughTheFactorSet() throws {
        var checked = 0
        let factors = try TransferFactorTables.set.get()
        for vector in try CO2JSVector.all.get() where vector.options["gridIntensity"] != nil && vector.model != .oneByte
        {
            let segments = ["dataCenter", "network", "device"]
            let estimator = try Self.estimator(vector.model)
            let agrees = segments.allSatisfy { segment in
                guard let country = vector.gridCountry(segment) else { return true }
                let resolved = try? estimator.estimate(
                    TransferRequest(bytes: 0, grid: TransferGridSettings(all: .country(country)))
                )
                return resolved != nil
                    && Self.sameIntensity(country, vector.resolvedGridIntensity(segment), in: factors)
            }
            guard agrees, segments.contains(where: { vector.gridCountry($0) != nil }),
                !Self.expectedRefusal(of: vector),
                case .estimate(let estimate) = try Self.outcome(of: vector, byCountry: true)
            else { continue }
            _ = try Self.compare(estimate, with: vector)
            checked += 1
        }
        #expect(checked > 0)
        print("CO2.js vectors reproduced through the factor set's countries: \(checked)")
    }

    static func sameIntensity(_ country: String, _ value: Double?, in factors: FactorSet) -> Bool {
        let alpha2 = factors.countries.values.first { $0.alpha3 == country }?.alpha2 ?? country
        return factors.factor(.gridIntensity, alpha2)?.value == value
    }
}
