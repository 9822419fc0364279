/// What the factor store knows about a platform apart from numbers: its channel and defaults.
///
/// Numeric platform defaults (device mix, watch time) are factors keyed by the platform.
public struct PlatformProfile: Sendable, Hashable, Codable {
    /// The key campaign files use, such as `tiktok`.
    public var key: String
    /// The name shown in reports, such as `TikTok`.
    public var name: String
    /// The channel, the dimension of `corporate.per_impression` (`social`, `web`, `ctv`, `audio`, …).
    public var channel: String
    /// The format a line on this platform has when the file gives none.
    public var defaultFormat: AdFormat
    /// The buying mode a line on this platform has when the file gives none.
    public var defaultBuying: BuyingMode
    /// Whether made-for-advertising inventory exists here (open web and CTV); elsewhere MFA waste is 0.
    public var hasMadeForAdvertisingInventory: Bool
    /// The id of the source of these defaults.
    public var source: String
    /// Why these defaults.
    public var note: String

    /// Creates a profile from all of its fields.
    public init(
        key: String,
        name: String,
        channel: String,
        defaultFormat: AdFormat,
        defaultBuying: BuyingMode,
        hasMadeForAdvertisingInventory: Bool,
        source: String,
        note: String
    ) {
        self.key = key
        self.name = name
        self.channel = channel
        self.defaultFormat = defaultFormat
        self.defaultBuying = defaultBuying
        self.hasMadeForAdvertisingInventory = hasMadeForAdvertisingInventory
        self.source = source
        self.note = note
    }
}

/// A country or region the factor store knows, by its ISO 3166-1 codes.
public struct Country: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2 code (`FR`), or a region code (`WORLD`, `EU`).
    public var alpha2: String
    /// ISO 3166-1 alpha-3 code (`FRA`), or the region code again.
    public var alpha3: String
    /// English name.
    public var name: String

    /// Creates a country from its codes and name.
    public init(alpha2: String, alpha3: String, name: String) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.name = name
    }
}
