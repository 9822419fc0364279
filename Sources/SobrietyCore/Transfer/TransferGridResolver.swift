/// Turns grid-intensity settings into numbers: a country's `grid.intensity` from the factor set.
struct TransferGridResolver: Sendable {
    /// `grid.intensity` by alpha-2 code.
    private let intensityByAlpha2: [String: Double]
    /// Alpha-2 code by alpha-3 code, from the set's countries.
    private let alpha2ByAlpha3: [String: String]

    init(_ set: FactorSet) {
        intensityByAlpha2 = Dictionary(
            uniqueKeysWithValues: set.dimensions(of: .gridIntensity).compactMap { country in
                set.factor(.gridIntensity, country).map { (country, $0.value) }
            }
        )
        alpha2ByAlpha3 = Dictionary(
            set.countries.values.map { ($0.alpha3, $0.alpha2) },
            uniquingKeysWith: { first, _ in first }
        )
    }

    /// The intensities of the settings.
    /// - Throws: ``TransferInputError`` for an unknown country or an invalid number.
    func intensities(_ settings: TransferGridSettings) throws(TransferInputError) -> SegmentGridIntensities {
        SegmentGridIntensities(
            dataCenterGramsPerKilowattHour: try settings.dataCenter.map(intensity),
            networkGramsPerKilowattHour: try settings.network.map(intensity),
            deviceGramsPerKilowattHour: try settings.device.map(intensity)
        )
    }

    /// The intensity of one setting.
    /// - Throws: ``TransferInputError`` for an unknown country or an invalid number.
    func intensity(_ setting: GridIntensitySetting) throws(TransferInputError) -> Double {
        switch setting {
        case .gramsPerKilowattHour(let value):
            guard value.isFinite else { throw .notFinite(.gridIntensity, value: value) }
            guard value >= 0 else { throw .negativeGridIntensity(value) }
            return value
        case .country(let code):
            let upper = code.uppercased()
            let alpha2 = alpha2ByAlpha3[upper] ?? upper
            guard let value = intensityByAlpha2[alpha2] else { throw .unknownCountry(code) }
            return value
        }
    }
}
