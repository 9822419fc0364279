/// The factor set resolved for the method: the position of every factor DESIGN §3 applies,
/// looked up once per audit so that per-row work is a few dictionary reads.
struct MethodFactors: Sendable {
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
    let devicePower: [DeviceKind: Int]
    let deviceEmbodied: [DeviceKind: Int]
    let deviceBitrate: [DeviceKind: Int]
    let gridByCountry: [String: Int]
    let mobileShareByCountry: [String: Int]
    let bitrateByResolution: [String: Int]
    let creativeByFormat: [AdFormat: Int]
    let adSelectionByBuying: [BuyingMode: Int]
    let corporateByChannel: [String: Int]
    let watchSecondsByPlatform: [String: Int]
    let deviceMixByPlatform: [String: PlatformDeviceMix]
    let rates: [WasteRate: [BuyingMode: Int]]

    /// A platform's default device mix and the factors it was read from.
    struct PlatformDeviceMix: Sendable {
        let mix: DeviceMix
        let factorByDevice: [DeviceKind: Int]
    }

    /// Resolves every factor the method needs.
    /// - Throws: ``FactorSetError`` naming each factor the set lacks.
    init(_ set: FactorSet) throws {
        var missing: [String] = []
        func required(_ key: FactorKey, _ dimension: String? = nil) -> Int {
            if let index = set.index(of: FactorID(key: key, dimension: dimension)) { return index }
            missing.append(FactorID(key: key, dimension: dimension).description)
            return -1
        }
        func byDimension(_ key: FactorKey) -> [String: Int] {
            var result: [String: Int] = [:]
            for dimension in set.dimensions(of: key) {
                result[dimension] = set.index(of: FactorID(key: key, dimension: dimension))
            }
            return result
        }
        func perCase<Case: RawRepresentable & Hashable>(
            _ key: FactorKey,
            _ cases: [Case]
        ) -> [Case: Int] where Case.RawValue == String {
            Dictionary(uniqueKeysWithValues: cases.map { ($0, required(key, $0.rawValue)) })
        }

        self.set = set
        networkUseFixed = required(.networkUseFixed)
        networkUseMobile = required(.networkUseMobile)
        networkEmbodiedFixed = required(.networkEmbodiedFixed)
        networkEmbodiedMobile = required(.networkEmbodiedMobile)
        cdnUse = required(.cdnUse)
        playerPayload = required(.videoPlayerPayload)
        timeInView = required(.displayTimeInView)
        mfaMultiplier = required(.mfaMultiplier)
        frequencyThreshold = required(.frequencyThreshold)
        worldGrid = required(.gridIntensity, Country.world)
        worldMobileShare = required(.networkMobileShare, Country.world)
        devicePower = perCase(.devicePower, DeviceKind.allCases)
        deviceEmbodied = perCase(.deviceEmbodied, DeviceKind.allCases)
        deviceBitrate = perCase(.videoBitrate, DeviceKind.allCases)
        creativeByFormat = perCase(.creativeBytes, AdFormat.allCases.filter { !$0.isVideo })
        adSelectionByBuying = perCase(.adSelectionPerImpression, BuyingMode.allCases)
        rates = Dictionary(
            uniqueKeysWithValues: WasteRate.allCases.map { ($0, perCase($0.factorKey, BuyingMode.allCases)) }
        )
        gridByCountry = byDimension(.gridIntensity)
        mobileShareByCountry = byDimension(.networkMobileShare)
        bitrateByResolution = byDimension(.videoBitrate)
        corporateByChannel = byDimension(.corporatePerImpression)

        var watchSeconds: [String: Int] = [:]
        var mixes: [String: PlatformDeviceMix] = [:]
        for platform in set.platformKeys {
            watchSeconds[platform] = required(.videoWatchSeconds, platform)
            var shares: [DeviceKind: Double] = [:]
            var factorByDevice: [DeviceKind: Int] = [:]
            for device in DeviceKind.allCases {
                if let index = set.index(of: FactorID(key: .platformDeviceShare, dimension: "\(platform)/\(device)")) {
                    shares[device] = set.factors[index].value
                    factorByDevice[device] = index
                }
            }
            if let mix = DeviceMix(shares) {
                mixes[platform] = PlatformDeviceMix(mix: mix, factorByDevice: factorByDevice)
            } else {
                missing.append("\(FactorKey.platformDeviceShare)[\(platform)/…] (shares summing to 1)")
            }
        }
        watchSecondsByPlatform = watchSeconds
        deviceMixByPlatform = mixes
        if !missing.isEmpty { throw FactorSetError.missingFactors(missing) }
    }

    func factor(_ index: Int) -> EmissionFactor { set.factors[index] }

    func value(_ index: Int) -> Double { set.factors[index].value }
}

/// The waste rates with benchmark defaults by buying mode.
enum WasteRate: CaseIterable, Sendable {
    case invalidTraffic
    case madeForAdvertising
    case viewability
    case onTarget

    var factorKey: FactorKey {
        switch self {
        case .invalidTraffic: .ivtRate
        case .madeForAdvertising: .mfaRate
        case .viewability: .viewabilityRate
        case .onTarget: .onTargetRate
        }
    }

    /// The campaign column the rate comes from.
    var column: String {
        switch self {
        case .invalidTraffic: "ivt_rate"
        case .madeForAdvertising: "mfa_rate"
        case .viewability: "viewability_rate"
        case .onTarget: "on_target_rate"
        }
    }
}

/// A factor set that cannot serve the method.
public enum FactorSetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Factors the method applies are absent from the set.
    case missingFactors([String])

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
