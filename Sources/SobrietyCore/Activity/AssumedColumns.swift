/// The input columns a line took a default for, as a set of bits in contract column order.
///
/// A bit set rather than a set of strings: resolving a line must not allocate.
struct AssumedColumns: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let format = AssumedColumns(rawValue: 1 << 0)
    static let buying = AssumedColumns(rawValue: 1 << 1)
    static let country = AssumedColumns(rawValue: 1 << 2)
    static let device = AssumedColumns(rawValue: 1 << 3)
    static let impressions = AssumedColumns(rawValue: 1 << 4)
    static let frequencyCap = AssumedColumns(rawValue: 1 << 5)
    static let watchMinutes = AssumedColumns(rawValue: 1 << 6)
    static let resolution = AssumedColumns(rawValue: 1 << 7)
    static let bitrate = AssumedColumns(rawValue: 1 << 8)
    static let creativeBytes = AssumedColumns(rawValue: 1 << 9)
    static let viewabilityRate = AssumedColumns(rawValue: 1 << 10)
    static let invalidTrafficRate = AssumedColumns(rawValue: 1 << 11)
    static let onTargetRate = AssumedColumns(rawValue: 1 << 12)
    static let madeForAdvertisingRate = AssumedColumns(rawValue: 1 << 13)

    /// Every column with its name, in the contract's column order.
    private static let named: [(AssumedColumns, String)] = [
        (.format, "format"), (.buying, "buying"), (.country, "country"), (.device, "device"),
        (.impressions, "impressions"), (.frequencyCap, "frequency_cap"), (.watchMinutes, "watch_minutes"),
        (.resolution, "resolution"), (.bitrate, "bitrate_kbps"), (.creativeBytes, "creative_bytes"),
        (.viewabilityRate, "viewability_rate"), (.invalidTrafficRate, "ivt_rate"), (.onTargetRate, "on_target_rate"),
        (.madeForAdvertisingRate, "mfa_rate"),
    ]

    /// The column names, in contract order.
    var names: [String] {
        Self.named.compactMap { contains($0.0) ? $0.1 : nil }
    }
}
