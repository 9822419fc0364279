/// The name of a parameter in the factor store, such as `grid.intensity`.
///
/// The keys the method applies are listed in `contracts/factor-keys.md`; the store may hold more.
public struct FactorKey: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The dotted key, as written in `Factors/` and in reports.
    public var rawValue: String

    /// Creates a key from its dotted name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates a key from a string literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The dotted key.
    public var description: String { rawValue }

    /// Orders keys alphabetically.
    public static func < (lhs: FactorKey, rhs: FactorKey) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension FactorKey {
    /// Grid carbon intensity where the ads are viewed, gCO2e/kWh, by country.
    public static let gridIntensity: FactorKey = "grid.intensity"
    /// Share of traffic carried by mobile networks, ratio, by country.
    public static let networkMobileShare: FactorKey = "network.mobile_share"
    /// Fixed-network energy, kWh/GB.
    public static let networkUseFixed: FactorKey = "network.use.fixed"
    /// Mobile-network energy, kWh/GB.
    public static let networkUseMobile: FactorKey = "network.use.mobile"
    /// Fixed-network embodied emissions, gCO2e/kB.
    public static let networkEmbodiedFixed: FactorKey = "network.embodied.fixed"
    /// Mobile-network embodied emissions, gCO2e/kB.
    public static let networkEmbodiedMobile: FactorKey = "network.embodied.mobile"
    /// Edge/CDN energy, kWh/GB.
    public static let cdnUse: FactorKey = "cdn.use"
    /// A line's device mix, ratio, by device.
    public static let deviceShare: FactorKey = "device.share"
    /// Device power while the ad is on screen, W, by device.
    public static let devicePower: FactorKey = "device.power"
    /// Device manufacturing emissions per second of use, gCO2e/s, by device.
    public static let deviceEmbodied: FactorKey = "device.embodied"
    /// Delivered video bitrate, kbit/s, by resolution or by device (the device default).
    public static let videoBitrate: FactorKey = "video.bitrate"
    /// Player and VAST payload per video impression, bytes.
    public static let videoPlayerPayload: FactorKey = "video.player_payload"
    /// Default watch time per video impression, s, by platform.
    public static let videoWatchSeconds: FactorKey = "video.watch_seconds"
    /// Creative weight per non-video impression, bytes, by format.
    public static let creativeBytes: FactorKey = "creative.bytes"
    /// Seconds on screen per non-video impression, s.
    public static let displayTimeInView: FactorKey = "display.time_in_view"
    /// Ad-selection emissions, gCO2e/impression, by buying mode.
    public static let adSelectionPerImpression: FactorKey = "adselection.per_impression"
    /// Media owner's corporate share, gCO2e/impression, by channel (optional segment).
    public static let corporatePerImpression: FactorKey = "corporate.per_impression"
    /// Emissions of a made-for-advertising impression relative to an average one, ratio.
    public static let mfaMultiplier: FactorKey = "waste.mfa_multiplier"
    /// Exposures per person above which impressions count as excess.
    public static let frequencyThreshold: FactorKey = "waste.frequency_threshold"
    /// Benchmark share of invalid traffic, ratio, by buying mode.
    public static let ivtRate: FactorKey = "waste.ivt_rate"
    /// Benchmark share of impressions on made-for-advertising sites, ratio, by buying mode.
    public static let mfaRate: FactorKey = "waste.mfa_rate"
    /// Benchmark share of viewable impressions, ratio, by buying mode.
    public static let viewabilityRate: FactorKey = "waste.viewability_rate"
    /// Benchmark share of impressions in the target audience, ratio, by buying mode.
    public static let onTargetRate: FactorKey = "waste.on_target_rate"
    /// A platform's default device mix, ratio, by `platform/device`.
    public static let platformDeviceShare: FactorKey = "platform.device_share"
    /// Emissions of one unit of an everyday activity a reader knows, such as a kilometre by car, by
    /// ``EquivalentActivity``; reports compare the campaign's total with it and the method never applies it.
    public static let equivalentPerUnit: FactorKey = "equivalent.per_unit"
}
