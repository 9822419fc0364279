/// What a recommendation changes on one line, as numbers and names rather than words, so that each
/// report writes it in its own language and number style.
///
/// Values are in the unit ``Kind`` names; `from` is the value the line had (given or by default).
public struct LineAdjustment: Sendable, Hashable, Codable {
    /// What is adjusted, and so the unit of ``from`` and ``to``.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Exposures per person.
        case frequency
        /// A waste rate, as a ratio 0…1.
        case rate
        /// The buying mode, in ``fromName`` and ``toName`` (`open_exchange` → `pmp`).
        case buying
        /// The video bitrate, in kilobits per second.
        case bitrate
        /// The video resolution, in ``fromName`` and ``toName``, for the main screen ``device``.
        case resolution
        /// The creative's length, in seconds.
        case duration
        /// The static creative's weight, in bytes.
        case creativeBytes = "creative_bytes"
        /// Useful impressions move from this line to ``counterpart``, a ``share`` of them; ``to`` is
        /// how many times this line's grams per useful impression the counterpart's are.
        case mixDonor = "mix_donor"
        /// This line takes ``to`` useful impressions from another.
        case mixRecipient = "mix_recipient"
    }

    /// The line item adjusted.
    public var lineItem: String
    /// What is adjusted.
    public var kind: Kind
    /// The value before, in the kind's unit.
    public var from: Double?
    /// The value after, in the kind's unit.
    public var to: Double?
    /// The name before, for kinds named rather than measured.
    public var fromName: String?
    /// The name after, for kinds named rather than measured.
    public var toName: String?
    /// The main screen a resolution is chosen for.
    public var device: String?
    /// The other line of a mix move.
    public var counterpart: String?
    /// The share of useful impressions a mix move takes, 0…1.
    public var share: Double?

    /// Creates an adjustment.
    public init(
        lineItem: String,
        kind: Kind,
        from: Double? = nil,
        to: Double? = nil,
        fromName: String? = nil,
        toName: String? = nil,
        device: String? = nil,
        counterpart: String? = nil,
        share: Double? = nil
    ) {
        self.lineItem = lineItem
        self.kind = kind
        self.from = from
        self.to = to
        self.fromName = fromName
        self.toName = toName
        self.device = device
        self.counterpart = counterpart
        self.share = share
    }
}
