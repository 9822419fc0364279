/// The Shift Project's OneByte model (Lean ICT, 2018), as CO2.js v0.19.0 implements it.
///
/// Data-centre and network energy per byte (the network's is the mean of wired, Wi-Fi and 4G),
/// valued at fixed intensities: a grey transfer at the data centre's grey intensity throughout; a
/// green one at the green data-centre intensity and the network intensity.
public struct OneByte: Sendable, Hashable {
    /// Data-centre energy per byte.
    public let dataCenterKilowattHoursPerByte: Double
    /// Network energy per byte: the mean over the access networks.
    public let networkKilowattHoursPerByte: Double
    /// The intensity of a grey transfer, data centre and network.
    public let greyGramsPerKilowattHour: Double
    /// The data centre's intensity in a green transfer.
    public let greenDataCenterGramsPerKilowattHour: Double
    /// The network's intensity in a green transfer.
    public let greenNetworkGramsPerKilowattHour: Double

    /// Reads the model's constants (`transfer.onebyte.*`) from a factor set.
    /// - Throws: ``FactorSetError`` naming every constant the set lacks.
    public init(factors: FactorSet) throws(FactorSetError) {
        var lookup = TransferFactorLookup(factors)
        dataCenterKilowattHoursPerByte = lookup.value(.oneByteDataCenterEnergy)
        lookup.requireSomeDimension(of: .oneByteNetworkEnergy)
        let accessNetworks = lookup.values(ofEveryDimensionOf: .oneByteNetworkEnergy)
        networkKilowattHoursPerByte = accessNetworks.reduce(0, +) / Double(max(accessNetworks.count, 1))
        greyGramsPerKilowattHour = lookup.value(.oneByteGridIntensity, TransferSegment.dataCenter.rawValue)
        greenDataCenterGramsPerKilowattHour = lookup.value(.oneByteGridIntensity, Self.greenDataCenterDimension)
        greenNetworkGramsPerKilowattHour = lookup.value(.oneByteGridIntensity, TransferSegment.network.rawValue)
        try lookup.finish()
    }

    /// The dimension of the green data centre's intensity.
    static let greenDataCenterDimension = "data_center_green"

    /// The emissions of transferring `bytes` (OneByte has no per-visit estimate).
    ///
    /// - Parameters:
    ///   - bytes: The bytes transferred; below one byte, nothing is emitted.
    ///   - isGreenHosted: Whether the data centre runs on renewables.
    /// - Returns: The estimate.
    public func estimate(bytes: Double, isGreenHosted: Bool) -> TransferEstimate {
        let counted = TransferUnits.bytes(atLeastOne: bytes)
        let intensity =
            isGreenHosted
            ? SegmentValues(dataCenter: greenDataCenterGramsPerKilowattHour, network: greenNetworkGramsPerKilowattHour)
            : SegmentValues(dataCenter: greyGramsPerKilowattHour, network: greyGramsPerKilowattHour)
        let kilowattHours = SegmentValues(
            dataCenter: counted * dataCenterKilowattHoursPerByte,
            network: counted * networkKilowattHoursPerByte
        )
        return TransferEstimate(model: .oneByte, loadGrams: kilowattHours * intensity, visits: nil, ratingScale: nil)
    }
}
