/// The activity of one line, or of many lines added together, in the fixed lanes the valuation
/// prices: impressions, watch seconds, exposure seconds by device, and bytes the input fixed.
///
/// What a lane means depends on the line's ``ValuationKey``: with a default watch time, the
/// watch and exposure lanes hold impressions and the key multiplies them by the default; for a
/// non-video line the exposure lanes hold impressions and the key multiplies them by the time in
/// view. Lanes add, so activity is summed per key before it is valued once.
typealias ActivityLanes = SIMD8<Double>

/// Lane positions in ``ActivityLanes``.
enum Lane {
    /// Impressions, `N`.
    static let impressions = 0
    /// Video watch seconds (or impressions when the watch time is a default).
    static let watch = 1
    /// Exposure for a device (`s_d ×` watch seconds or impressions).
    static func exposure(_ device: DeviceKind) -> Int {
        2 + (DeviceKind.allCases.firstIndex(of: device) ?? 0)
    }
    /// Bytes fixed by the input: `creative_bytes × N`, or watch × `bitrate_kbps` × 125.
    static let fixedBytes = 6
}
