/// One line item of a campaign as the input gave it: every column optional except the identity.
///
/// Values are already parsed and range-checked by the reader; defaults are not applied yet.
/// The estimator resolves the missing ones from the factor set and records them as assumed.
public struct CampaignLine: Sendable, Hashable {
    /// Where the line came from in its file.
    public var location: SourceLocation
    /// The `line_item` identifier, unique within the file.
    public var lineItem: String
    /// The `campaign` name.
    public var campaign: String?
    /// The `platform` key, known to the factor set.
    public var platform: String {
        get { platformKey.text }
        set { platformKey = VocabularyKey(newValue) }
    }
    /// The `platform` key with where the reader found it in the factor set.
    package var platformKey: VocabularyKey
    /// The `format`.
    public var format: AdFormat?
    /// The `placement`, free text.
    public var placement: String?
    /// The `buying` mode.
    public var buying: BuyingMode?
    /// The viewers' `country`, alpha-2 upper case, or a region code; `nil` means world average.
    public var country: String? {
        get { countryKey?.text }
        set { countryKey = newValue.map { VocabularyKey($0) } }
    }
    /// The `country` code with where the reader found it in the factor set.
    package var countryKey: VocabularyKey?
    /// The `device` mix.
    public var device: DeviceMix?
    /// Served `impressions`.
    public var impressions: Int?
    /// Unique people reached.
    public var reach: Int?
    /// Exposures per person the plan allows.
    public var frequencyCap: Double?
    /// Plays or views as the platform counts them.
    public var videoViews: Int?
    /// Average watch time per view, seconds.
    public var averageWatchSeconds: Double?
    /// Total watch time, minutes.
    public var watchMinutes: Double?
    /// Length of the creative, seconds.
    public var videoDurationSeconds: Double?
    /// Delivered `resolution` key, such as `720p`.
    public var resolution: String?
    /// Delivered bitrate, kbit/s.
    public var bitrateKilobitsPerSecond: Double?
    /// Weight of a static or HTML creative as delivered, bytes.
    public var creativeBytes: Int?
    /// Share of impressions viewable.
    public var viewabilityRate: Double?
    /// Share of invalid traffic.
    public var invalidTrafficRate: Double?
    /// Share of impressions in the target audience.
    public var onTargetRate: Double?
    /// Share of impressions on made-for-advertising sites.
    public var madeForAdvertisingRate: Double?
    /// Flight start, ISO 8601 date as written.
    public var startDate: String?
    /// Flight end, ISO 8601 date as written.
    public var endDate: String?
    /// Media spend.
    public var spend: Double?
    /// ISO 4217 currency of `spend`.
    public var currency: String?

    /// Creates a line with its identity; every other column starts empty.
    public init(location: SourceLocation, lineItem: String, platform: String) {
        self.location = location
        self.lineItem = lineItem
        self.platformKey = VocabularyKey(platform)
    }
}

/// A key of one of the factor set's vocabularies as a line holds it: the text, and optionally its
/// position in the set's list of such keys (``FactorSet/platformKeys``, ``FactorSet/countryCodes``).
///
/// The position is only a hint that spares the estimator a string lookup per line; it is checked
/// against the text before use. Equality and hashing go by the text alone.
package struct VocabularyKey: Sendable, Hashable {
    /// The key as the line gives it.
    package let text: String
    /// The key's position in the factor set's list, when known.
    package let position: Int?

    /// Creates a key with its position in the factor set's list, when known.
    package init(_ text: String, position: Int? = nil) {
        self.text = text
        self.position = position
    }

    /// Whether both keys have the same text.
    package static func == (lhs: VocabularyKey, rhs: VocabularyKey) -> Bool {
        lhs.text == rhs.text
    }

    /// Hashes the text.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }
}
