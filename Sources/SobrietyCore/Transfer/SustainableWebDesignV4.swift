/// The Sustainable Web Design model v4, as CO2.js v0.19.0 implements it.
///
/// Operational and embodied energy per GB for the data centre, the network and the device.
/// Operational energy is valued at each segment's grid intensity (the global intensity by
/// default); embodied energy always at the global intensity. Green hosting removes its share of
/// the data centre's operational emissions only.
public struct SustainableWebDesignV4: Sendable, Hashable {
    /// Operational energy per GB transferred, by segment.
    public let operationalKilowattHoursPerGigabyte: SegmentValues
    /// Embodied energy per GB transferred, by segment.
    public let embodiedKilowattHoursPerGigabyte: SegmentValues
    /// The global grid intensity: the operational default and the embodied intensity.
    public let globalGramsPerKilowattHour: Double
    /// The visit ratios of a per-visit estimate that gives none.
    public let defaultVisits: VisitRatios
    /// The A+–F rating scale.
    public let ratingScale: TransferRatingScale

    /// Reads the model's constants (`transfer.swd4.*`) from a factor set.
    /// - Throws: ``FactorSetError`` naming every constant the set lacks.
    public init(factors: FactorSet) throws(FactorSetError) {
        var lookup = TransferFactorLookup(factors)
        func perSegment(_ key: FactorKey) -> SegmentValues {
            SegmentValues(
                dataCenter: lookup.value(key, TransferSegment.dataCenter.rawValue),
                network: lookup.value(key, TransferSegment.network.rawValue),
                device: lookup.value(key, TransferSegment.device.rawValue)
            )
        }
        operationalKilowattHoursPerGigabyte = perSegment(.swd4OperationalEnergy)
        embodiedKilowattHoursPerGigabyte = perSegment(.swd4EmbodiedEnergy)
        globalGramsPerKilowattHour = lookup.value(.swd4GridIntensity)
        defaultVisits = VisitRatios(
            key: .swd4VisitShare,
            dataReloadKey: .swd4DataReloadRatio,
            from: &lookup
        )
        ratingScale = TransferRatingScale(key: .swd4RatingLimit, from: &lookup)
        try lookup.finish()
    }

    /// The emissions of transferring `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The bytes transferred; below one byte, nothing is emitted.
    ///   - greenHostingShare: The renewable share of the data centre's operational energy, 0–1.
    ///   - grid: The operational grid intensities; each one left out is the global intensity.
    ///   - visits: The visit pattern of a per-visit estimate, or `nil` for a per-byte one.
    /// - Returns: The estimate.
    public func estimate(
        bytes: Double,
        greenHostingShare: Double,
        grid: SegmentGridIntensities,
        visits: VisitPattern?
    ) -> TransferEstimate {
        let gigabytes = TransferUnits.gigabytes(ofAtLeastOneByte: bytes)
        let global = globalGramsPerKilowattHour
        let operationalIntensity = SegmentValues(
            dataCenter: grid.dataCenterGramsPerKilowattHour ?? global,
            network: grid.networkGramsPerKilowattHour ?? global,
            device: grid.deviceGramsPerKilowattHour ?? global
        )
        let operational = operationalKilowattHoursPerGigabyte.scaled(by: gigabytes) * operationalIntensity
        let embodied = embodiedKilowattHoursPerGigabyte.scaled(by: gigabytes).scaled(by: global)
        var load = operational + embodied
        load.dataCenter = operational.dataCenter * (1 - greenHostingShare) + embodied.dataCenter
        return TransferEstimate(
            model: .swdV4,
            loadGrams: load,
            visits: visits.map(defaultVisits.applying),
            operationalGrams: operational,
            embodiedGrams: embodied,
            ratingScale: ratingScale
        )
    }
}
