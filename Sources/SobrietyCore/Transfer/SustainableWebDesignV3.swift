/// The Sustainable Web Design model v3, as CO2.js v0.19.0 implements it.
///
/// One energy per GB, split into device, network, data-centre and production shares. Each share
/// is valued at its segment's grid intensity (the global intensity by default; production always
/// at the global one). A green data centre is valued at the renewables intensity instead.
public struct SustainableWebDesignV3: Sendable, Hashable {
    /// Energy per GB transferred, all segments.
    public let kilowattHoursPerGigabyte: Double
    /// The share of the energy of each segment, summing to 1.
    public let energyShares: SegmentValues
    /// The global grid intensity: the default of every segment, and production's.
    public let globalGramsPerKilowattHour: Double
    /// The grid intensity of a green data centre.
    public let renewablesGramsPerKilowattHour: Double
    /// The visit ratios of a per-visit estimate that gives none.
    public let defaultVisits: VisitRatios
    /// The A+–F rating scale.
    public let ratingScale: TransferRatingScale

    /// Reads the model's constants (`transfer.swd3.*`) from a factor set.
    /// - Throws: ``FactorSetError`` naming every constant the set lacks.
    public init(factors: FactorSet) throws(FactorSetError) {
        var lookup = TransferFactorLookup(factors)
        kilowattHoursPerGigabyte = lookup.value(.swd3Energy)
        energyShares = SegmentValues(
            dataCenter: lookup.value(.swd3EnergyShare, TransferSegment.dataCenter.rawValue),
            network: lookup.value(.swd3EnergyShare, TransferSegment.network.rawValue),
            device: lookup.value(.swd3EnergyShare, TransferSegment.device.rawValue),
            production: lookup.value(.swd3EnergyShare, TransferSegment.production.rawValue)
        )
        globalGramsPerKilowattHour = lookup.value(.swd3GridIntensity)
        renewablesGramsPerKilowattHour = lookup.value(.swd3RenewablesGridIntensity)
        defaultVisits = VisitRatios(key: .swd3VisitShare, dataReloadKey: .swd3DataReloadRatio, from: &lookup)
        ratingScale = TransferRatingScale(key: .swd3RatingLimit, from: &lookup)
        try lookup.finish()
    }

    /// The emissions of transferring `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The bytes transferred; below one byte, nothing is emitted.
    ///   - isGreenHosted: Whether the data centre runs on renewables; it then takes the renewables
    ///     intensity, whatever `grid` gives it (as in CO2.js).
    ///   - grid: The grid intensities; each one left out is the global intensity.
    ///   - visits: The visit pattern of a per-visit estimate, or `nil` for a per-byte one.
    /// - Returns: The estimate.
    public func estimate(
        bytes: Double,
        isGreenHosted: Bool,
        grid: SegmentGridIntensities,
        visits: VisitPattern?
    ) -> TransferEstimate {
        let kilowattHours = TransferUnits.gigabytes(ofAtLeastOneByte: bytes) * kilowattHoursPerGigabyte
        let global = globalGramsPerKilowattHour
        let dataCenterIntensity =
            isGreenHosted ? renewablesGramsPerKilowattHour : grid.dataCenterGramsPerKilowattHour ?? global
        let intensity = SegmentValues(
            dataCenter: dataCenterIntensity,
            network: grid.networkGramsPerKilowattHour ?? global,
            device: grid.deviceGramsPerKilowattHour ?? global,
            production: global
        )
        return TransferEstimate(
            model: .swdV3,
            loadGrams: energyShares.scaled(by: kilowattHours) * intensity,
            visits: visits.map(defaultVisits.applying),
            ratingScale: ratingScale
        )
    }
}
