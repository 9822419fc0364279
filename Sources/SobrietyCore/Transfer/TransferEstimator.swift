/// Estimates data transfers with one model, reading its constants and the countries' grid
/// intensities from a factor set, and refusing inputs the model cannot estimate honestly.
public struct TransferEstimator: Sendable {
    /// The model the estimator applies.
    public let model: TransferModel
    private let calculation: Calculation
    private let grid: TransferGridResolver

    /// A model with its constants.
    private enum Calculation: Sendable {
        case swdV4(SustainableWebDesignV4)
        case swdV3(SustainableWebDesignV3)
        case oneByte(OneByte)
    }

    /// Reads the model's constants from the set.
    /// - Throws: ``FactorSetError`` naming every constant the set lacks.
    public init(model: TransferModel, factors: FactorSet) throws(FactorSetError) {
        self.model = model
        switch model {
        case .swdV4: calculation = .swdV4(try SustainableWebDesignV4(factors: factors))
        case .swdV3: calculation = .swdV3(try SustainableWebDesignV3(factors: factors))
        case .oneByte: calculation = .oneByte(try OneByte(factors: factors))
        }
        grid = TransferGridResolver(factors)
    }

    /// The emissions of one transfer.
    /// - Throws: ``TransferInputError`` for a value out of range, an unknown country, or an option
    ///   the model does not take.
    public func estimate(_ request: TransferRequest) throws(TransferInputError) -> TransferEstimate {
        try validate(request)
        let intensities = try grid.intensities(request.grid)
        let isGreenHosted = request.greenHostingShare == 1
        switch calculation {
        case .swdV4(let swd):
            return swd.estimate(
                bytes: request.bytes,
                greenHostingShare: request.greenHostingShare,
                grid: intensities,
                visits: request.visits
            )
        case .swdV3(let swd):
            return swd.estimate(
                bytes: request.bytes,
                isGreenHosted: isGreenHosted,
                grid: intensities,
                visits: request.visits
            )
        case .oneByte(let oneByte):
            return oneByte.estimate(bytes: request.bytes, isGreenHosted: isGreenHosted)
        }
    }

    private func validate(_ request: TransferRequest) throws(TransferInputError) {
        guard request.bytes.isFinite else { throw .notFinite(.bytes, value: request.bytes) }
        guard request.bytes >= 0, request.bytes.rounded(.towardZero) == request.bytes else {
            throw .notWholeBytes(request.bytes)
        }
        try Self.checkRatio(request.greenHostingShare, .greenShare)
        if !model.takesGreenHostingShare, request.greenHostingShare != 0, request.greenHostingShare != 1 {
            throw .greenHostingShareNotSupported(model, share: request.greenHostingShare)
        }
        if !model.takesGridIntensity, !request.grid.isEmpty { throw .gridIntensityNotSupported(model) }
        guard let visits = request.visits else { return }
        guard model.estimatesVisits else { throw .perVisitNotSupported(model) }
        let ratios: [(TransferParameter, Double?)] = [
            (.firstVisitRatio, visits.firstVisitRatio), (.returnVisitRatio, visits.returnVisitRatio),
            (.dataReloadRatio, visits.dataReloadRatio),
        ]
        for case (let parameter, let ratio?) in ratios { try Self.checkRatio(ratio, parameter) }
    }

    private static func checkRatio(_ value: Double, _ parameter: TransferParameter) throws(TransferInputError) {
        guard value.isFinite else { throw .notFinite(parameter, value: value) }
        guard (0...1).contains(value) else { throw .ratioOutOfRange(parameter, value: value) }
    }
}
