/// The creative format of a line item (`format` column).
public enum AdFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// A video ad, valued by watch time and bitrate.
    case video
    /// A static image.
    case image
    /// Several images or cards.
    case carousel
    /// A full-screen story frame.
    case story
    /// A text ad.
    case text
    /// A live stream, valued like video.
    case live
    /// An audio spot.
    case audio

    /// Whether lines of this format are valued by watch seconds and bitrate (DESIGN §3) rather than creative weight.
    public var isVideo: Bool { self == .video || self == .live }
}

/// How the impressions were bought (`buying` column).
public enum BuyingMode: String, Sendable, Hashable, CaseIterable, Codable {
    /// The platform's own auction (social platforms).
    case social
    /// Open real-time bidding through several supply paths.
    case openExchange = "open_exchange"
    /// A private marketplace deal.
    case pmp
    /// A direct or programmatic-guaranteed buy.
    case direct
    /// An influencer or creator post, no auction.
    case organic

    /// The mode's position in ``allCases``.
    var position: Int {
        switch self {
        case .social: 0
        case .openExchange: 1
        case .pmp: 2
        case .direct: 3
        case .organic: 4
        }
    }
}

/// A kind of device the ad is seen on.
public enum DeviceKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// A smartphone.
    case mobile
    /// A desktop or laptop computer.
    case desktop
    /// A tablet.
    case tablet
    /// A television (connected TV).
    case tv

    /// Whether the first device comes earlier in the canonical order (mobile, desktop, tablet, tv).
    public static func < (lhs: DeviceKind, rhs: DeviceKind) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .mobile: 0
        case .desktop: 1
        case .tablet: 2
        case .tv: 3
        }
    }
}
