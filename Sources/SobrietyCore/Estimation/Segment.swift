/// A part of a line's footprint, as DESIGN §3 splits it.
public enum Segment: String, Sendable, Hashable, CaseIterable, Codable {
    /// Network energy for the bytes delivered.
    case networkUse
    /// Network equipment manufacturing, per byte.
    case networkEmbodied
    /// Edge and CDN energy for the bytes delivered.
    case cdn
    /// Device energy while the ad is on screen.
    case deviceUse
    /// Device manufacturing, per second of use.
    case deviceEmbodied
    /// Ad selection: auctions, bid requests and ad servers.
    case adSelection
    /// The media owner's corporate share; optional and outside the total unless asked for.
    case corporate
}

/// A cause of wasted impressions, in the order of the waterfall (DESIGN §3).
public enum WasteCause: String, Sendable, Hashable, CaseIterable, Codable {
    /// Bots and other invalid traffic.
    case invalidTraffic = "invalid_traffic"
    /// Impressions on made-for-advertising sites.
    case madeForAdvertising = "made_for_advertising"
    /// Impressions nobody could see.
    case nonViewable = "non_viewable"
    /// Impressions served outside the target audience.
    case outOfTarget = "out_of_target"
    /// Exposures beyond the frequency cap.
    case excessFrequency = "excess_frequency"
}

extension WasteCause {
    /// The cause's position in the waterfall (``WasteCause/allCases``).
    var position: Int {
        switch self {
        case .invalidTraffic: 0
        case .madeForAdvertising: 1
        case .nonViewable: 2
        case .outOfTarget: 3
        case .excessFrequency: 4
        }
    }
}
