/// The factors that price a line's activity.
///
/// Lines with the same key are valued by the same terms, so their activity can be added first and
/// valued once (DESIGN §2, "aggregate activity per factor key"). Each field is a position in ``FactorSet/factors``, or `nil` where unused.
struct ValuationKey: Hashable, Sendable {
    /// `grid.intensity` of the line's country.
    var grid: Int
    /// `network.mobile_share` of the line's country.
    var mobileShare: Int
    /// `adselection.per_impression` of the line's buying mode.
    var adSelection: Int
    /// `corporate.per_impression` of the platform's channel, when the corporate segment is included.
    var corporate: Int?
    /// `video.watch_seconds` of the platform, when the line's watch time is a default.
    var defaultWatchSeconds: Int?
    /// `display.time_in_view`, for non-video lines.
    var timeInView: Int?
    /// `video.player_payload`, for video lines.
    var playerPayload: Int?
    /// `creative.bytes` of the format, for non-video lines without `creative_bytes`.
    var creativeBytes: Int?
    /// `video.bitrate` of the resolution, for video lines with `resolution` and no `bitrate_kbps`.
    var resolutionBitrate: Int?
    /// Whether the bitrate is each device's default, for video lines with neither.
    var usesDeviceBitrates: Bool
}
