/// An input of a data-transfer request, named as the command line and the batch CSV name it.
public enum TransferParameter: String, CaseIterable, Sendable, Hashable {
    /// The bytes transferred.
    case bytes
    /// The green-hosting share.
    case greenShare = "green_share"
    /// A grid intensity.
    case gridIntensity = "grid_intensity"
    /// A country for the grid intensity.
    case country
    /// The share of first visits.
    case firstVisitRatio = "first_visit_ratio"
    /// The share of return visits.
    case returnVisitRatio = "return_visit_ratio"
    /// The share of the data reloaded on a return visit.
    case dataReloadRatio = "data_reload_ratio"

    /// The parameter in words, for messages: `first visit ratio`.
    public var words: String { rawValue.replacingUnderscoresWithSpaces }
}

extension String {
    fileprivate var replacingUnderscoresWithSpaces: String {
        String(map { $0 == "_" ? " " : $0 })
    }
}

/// A data-transfer request that a model cannot estimate honestly; CO2.js would fall back silently.
public enum TransferInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A number that is NaN or infinite.
    case notFinite(TransferParameter, value: Double)
    /// Bytes below zero or with a fraction.
    case notWholeBytes(Double)
    /// A ratio or share outside 0–1.
    case ratioOutOfRange(TransferParameter, value: Double)
    /// A grid intensity below zero.
    case negativeGridIntensity(Double)
    /// A country code the factor set has no grid intensity for.
    case unknownCountry(String)
    /// A per-visit estimate asked of a model that estimates only transfers.
    case perVisitNotSupported(TransferModel)
    /// A green-hosting share strictly between 0 and 1 given to a model that takes only grey or green.
    case greenHostingShareNotSupported(TransferModel, share: Double)
    /// A grid intensity given to a model whose intensities are fixed.
    case gridIntensityNotSupported(TransferModel)

    /// The input at fault.
    public var parameter: TransferParameter {
        switch self {
        case .notFinite(let parameter, _), .ratioOutOfRange(let parameter, _): parameter
        case .notWholeBytes: .bytes
        case .negativeGridIntensity, .gridIntensityNotSupported: .gridIntensity
        case .unknownCountry: .country
        case .perVisitNotSupported: .firstVisitRatio
        case .greenHostingShareNotSupported: .greenShare
        }
    }

    /// What is wrong and what was expected.
    public var description: String {
        switch self {
        case .notFinite(let parameter, let value):
            "\(parameter.words) is \(value); expected a finite number"
        case .notWholeBytes(let bytes):
            "bytes is \(DecimalText.plain(bytes)); expected a whole number of bytes, 0 or more"
        case .ratioOutOfRange(let parameter, let value):
            "\(parameter.words) is \(DecimalText.plain(value)); expected a ratio between 0 and 1"
        case .negativeGridIntensity(let value):
            "grid intensity is \(DecimalText.plain(value)) gCO2e/kWh; expected 0 or more"
        case .unknownCountry(let code):
            "unknown country '\(code)'; expected an ISO 3166-1 alpha-2 or alpha-3 code with a grid intensity "
                + "in the factor set, such as FR or FRA"
        case .perVisitNotSupported(let model):
            "the \(model.rawValue) model estimates transfers only; use swd-v4 or swd-v3 for a per-visit estimate"
        case .greenHostingShareNotSupported(let model, let share):
            "the \(model.rawValue) model takes a grey (0) or green (1) data centre, not a green share of "
                + "\(DecimalText.plain(share)); use swd-v4 for a share"
        case .gridIntensityNotSupported(let model):
            "the \(model.rawValue) model has fixed grid intensities; use swd-v4 or swd-v3 to set one"
        }
    }
}
