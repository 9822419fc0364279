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

extension ValuationKey {
    /// Feeds the hasher one word that packs every field.
    ///
    /// One word instead of a dozen words and optional tags: the key is hashed once per input row.
    /// Equal keys pack equally; the packing only spreads unequal keys, which equality tells apart.
    func hash(into hasher: inout Hasher) {
        func mix(_ packed: UInt64, _ field: Int?) -> UInt64 {
            (packed &* 0x0000_0100_0000_01b3) ^ UInt64(bitPattern: Int64(field ?? -1))
        }
        var packed = UInt64(bitPattern: Int64(grid))
        packed = mix(packed, mobileShare)
        packed = mix(packed, adSelection)
        packed = mix(packed, corporate)
        packed = mix(packed, defaultWatchSeconds)
        packed = mix(packed, timeInView)
        packed = mix(packed, playerPayload)
        packed = mix(packed, creativeBytes)
        packed = mix(packed, resolutionBitrate)
        packed = mix(packed, usesDeviceBitrates ? 1 : 0)
        hasher.combine(packed)
    }
}
