/// The factor set resolved for the method: the position of every factor DESIGN §3 applies,
/// looked up once per audit so that per-row work is a few dictionary reads.
///
/// A class: the estimator passes its resolver, which holds these factors, for every line, and a
/// reference is cheaper to pass than the 300 bytes of tables.
final class MethodFactors: Sendable {
    let set: FactorSet
    let networkUseFixed: Int
    let networkUseMobile: Int
    let networkEmbodiedFixed: Int
    let networkEmbodiedMobile: Int
    let cdnUse: Int
    let playerPayload: Int
    let timeInView: Int
    let mfaMultiplier: Int
    let frequencyThreshold: Int
    let worldGrid: Int
    let worldMobileShare: Int
    /// The world average's grid intensity and mobile share, for lines without a country.
    let worldFactors: CountryFactors
    let devicePower: [DeviceKind: Int]
    let deviceEmbodied: [DeviceKind: Int]
    let deviceBitrate: [DeviceKind: Int]
    /// Each country's grid intensity and mobile share (the world's where the set has no share), by country code.
    let countryFactors: VocabularyTable<CountryFactors>
    let bitrateByResolution: [String: Int]
    let creativeByFormat: [AdFormat: Int]
    /// `adselection.per_impression` by buying-mode position.
    private let adSelectionFactors: [Int]
    let corporateByChannel: [String: Int]
    /// Each platform's profile, default device mix and default watch time, by platform key.
    let platformDefaults: VocabularyTable<PlatformDefaults>
    /// A country's grid-intensity and mobile-share factors.
    struct CountryFactors: Sendable {
        let grid: Int
        let mobileShare: Int
    }

    /// The same defaults by platform position.
    let platformDefaultsByPosition: [PlatformDefaults]
    /// Default rate factors, by rate and buying mode: `rateFactors[rate.position][buying.position]`.
    private let rateFactors: [[Int]]

    /// What a platform brings to a line that does not say otherwise.
    ///
    /// A class: every line looks its platform's defaults up, and handing out one reference costs
    /// less than copying the profile's strings, the mix and the table.
    final class PlatformDefaults: Sendable {
        /// The platform's position in ``FactorSet/platformKeys``.
        let position: Int
        let profile: PlatformProfile
        let deviceMix: DeviceMix
        /// The `platform.device_share` factor of each device in the mix.
        let deviceShareFactors: [DeviceKind: Int]
        /// The `video.watch_seconds` factor.
        let watchSeconds: Int

        init(
            position: Int,
            profile: PlatformProfile,
            deviceMix: DeviceMix,
            deviceShareFactors: [DeviceKind: Int],
            watchSeconds: Int
        ) {
            self.position = position
            self.profile = profile
            self.deviceMix = deviceMix
            self.deviceShareFactors = deviceShareFactors
            self.watchSeconds = watchSeconds
        }
    }

    /// Resolves every factor the method needs.
    /// - Throws: ``FactorSetError`` naming each factor the set lacks.
    init(_ set: FactorSet) throws {
        var lookup = FactorLookup(set)
        self.set = set
        networkUseFixed = lookup.required(.networkUseFixed)
        networkUseMobile = lookup.required(.networkUseMobile)
        networkEmbodiedFixed = lookup.required(.networkEmbodiedFixed)
        networkEmbodiedMobile = lookup.required(.networkEmbodiedMobile)
        cdnUse = lookup.required(.cdnUse)
        playerPayload = lookup.required(.videoPlayerPayload)
        timeInView = lookup.required(.displayTimeInView)
        mfaMultiplier = lookup.required(.mfaMultiplier)
        frequencyThreshold = lookup.required(.frequencyThreshold)
        worldGrid = lookup.required(.gridIntensity, Country.world)
        worldMobileShare = lookup.required(.networkMobileShare, Country.world)
        devicePower = lookup.required(.devicePower, for: DeviceKind.allCases)
        deviceEmbodied = lookup.required(.deviceEmbodied, for: DeviceKind.allCases)
        deviceBitrate = lookup.required(.videoBitrate, for: DeviceKind.allCases)
        creativeByFormat = lookup.required(.creativeBytes, for: AdFormat.allCases.filter { !$0.isVideo })
        adSelectionFactors = BuyingMode.allCases.map { lookup.required(.adSelectionPerImpression, $0.rawValue) }
        rateFactors = WasteRate.allCases.map { rate in
            BuyingMode.allCases.map { lookup.required(rate.factorKey, $0.rawValue) }
        }
        let worldShare = worldMobileShare
        worldFactors = CountryFactors(grid: worldGrid, mobileShare: worldShare)
        let shares = lookup.byDimension(.networkMobileShare)
        countryFactors = VocabularyTable(
            vocabulary: set.countryCodes,
            values: Dictionary(
                uniqueKeysWithValues: lookup.byDimension(.gridIntensity).map { country, grid in
                    (country, CountryFactors(grid: grid, mobileShare: shares[country] ?? worldShare))
                }
            )
        )
        bitrateByResolution = lookup.byDimension(.videoBitrate)
        corporateByChannel = lookup.byDimension(.corporatePerImpression)

        let platformKeys = set.platformKeys
        var defaults: [String: PlatformDefaults] = [:]
        for (position, platform) in platformKeys.enumerated() {
            let watchSeconds = lookup.required(.videoWatchSeconds, platform)
            var shares: [DeviceKind: Double] = [:]
            var factorByDevice: [DeviceKind: Int] = [:]
            for device in DeviceKind.allCases {
                if let index = set.index(of: FactorID(key: .platformDeviceShare, dimension: "\(platform)/\(device)")) {
                    shares[device] = set.factors[index].value
                    factorByDevice[device] = index
                }
            }
            if let mix = DeviceMix(shares), let profile = set.platforms[platform] {
                defaults[platform] = PlatformDefaults(
                    position: position,
                    profile: profile,
                    deviceMix: mix,
                    deviceShareFactors: factorByDevice,
                    watchSeconds: watchSeconds
                )
            } else {
                lookup.recordMissing("\(FactorKey.platformDeviceShare)[\(platform)/…] (shares summing to 1)")
            }
        }
        platformDefaults = VocabularyTable(vocabulary: platformKeys, values: defaults)
        platformDefaultsByPosition = defaults.values.sorted { $0.position < $1.position }
        try lookup.check()
    }

    func factor(_ index: Int) -> EmissionFactor { set.factors[index] }

    /// The ad-selection factor of a buying mode.
    func adSelectionFactor(_ buying: BuyingMode) -> Int {
        adSelectionFactors[buying.position]
    }

    /// The default factor of a waste rate for a buying mode.
    func rateFactor(_ rate: WasteRate, _ buying: BuyingMode) -> Int {
        rateFactors[rate.position][buying.position]
    }

    func value(_ index: Int) -> Double { set.factors[index].value }
}

/// Values keyed by the keys of one of the factor set's vocabularies, found by a key's position
/// when it carries one that matches the vocabulary, otherwise by its text.
struct VocabularyTable<Value: Sendable>: Sendable {
    /// The vocabulary, in the order of the positions keys carry.
    private let vocabulary: [String]
    /// The value of each key of the vocabulary, by position.
    private let valuesByPosition: [Value?]
    private let valuesByKey: [String: Value]

    /// Creates a table of `values` over `vocabulary`; a value may have a key outside it.
    init(vocabulary: [String], values: [String: Value]) {
        self.vocabulary = vocabulary
        self.valuesByPosition = vocabulary.map { values[$0] }
        self.valuesByKey = values
    }

    /// The value of `key`, or `nil`.
    subscript(key: VocabularyKey) -> Value? {
        if let position = key.position, vocabulary.indices.contains(position), vocabulary[position] == key.text {
            return valuesByPosition[position]
        }
        return valuesByKey[key.text]
    }
}

extension FactorSet {
    /// Country and region codes, sorted: the vocabulary of a line's ``CampaignLine/country``.
    package var countryCodes: [String] { countries.keys.sorted() }
}

/// The waste rates with benchmark defaults by buying mode.
enum WasteRate: Int, CaseIterable, Sendable {
    case invalidTraffic
    case madeForAdvertising
    case viewability
    case onTarget

    var position: Int { rawValue }

    var factorKey: FactorKey {
        switch self {
        case .invalidTraffic: .ivtRate
        case .madeForAdvertising: .mfaRate
        case .viewability: .viewabilityRate
        case .onTarget: .onTargetRate
        }
    }

    /// The campaign column the rate comes from, as an assumed-column flag.
    var assumedColumn: AssumedColumns {
        switch self {
        case .invalidTraffic: .invalidTrafficRate
        case .madeForAdvertising: .madeForAdvertisingRate
        case .viewability: .viewabilityRate
        case .onTarget: .onTargetRate
        }
    }
}

/// A factor set that cannot serve the method.
public enum FactorSetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Factors the method applies are absent from the set.
    case missingFactors([String])

    /// The factors missing, in words.
    public var description: String {
        switch self {
        case .missingFactors(let ids):
            "the factor set lacks factors the method needs: \(ids.joined(separator: ", "))"
        }
    }
}

extension Country {
    /// The region code of the world average.
    public static let world = "WORLD"
}
