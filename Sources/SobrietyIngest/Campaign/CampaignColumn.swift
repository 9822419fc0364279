/// A column of the canonical campaign CSV (`contracts/campaign-format.md`), by its header name.
enum CampaignColumn: String, CaseIterable, Sendable {
    case lineItem = "line_item"
    case campaign
    case platform
    case format
    case placement
    case buying
    case country
    case device
    case impressions
    case reach
    case frequencyCap = "frequency_cap"
    case videoViews = "video_views"
    case averageWatchSeconds = "avg_watch_seconds"
    case watchMinutes = "watch_minutes"
    case videoDurationSeconds = "video_duration_seconds"
    case resolution
    case bitrateKilobitsPerSecond = "bitrate_kbps"
    case creativeBytes = "creative_bytes"
    case viewabilityRate = "viewability_rate"
    case invalidTrafficRate = "ivt_rate"
    case onTargetRate = "on_target_rate"
    case madeForAdvertisingRate = "mfa_rate"
    case startDate = "start_date"
    case endDate = "end_date"
    case spend
    case currency

    /// The header name as the format compares it: trimmed, lower case, `_` for spaces and hyphens.
    ///
    /// A column is known when its normalised name is a raw value: `Video-Views` names `video_views`.
    static func normalized(_ headerName: String) -> String {
        String(trimmed(headerName).lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// The header name without surrounding whitespace.
    static func trimmed(_ headerName: String) -> String {
        var name = Substring(headerName)
        while name.first?.isWhitespace == true { name.removeFirst() }
        while name.last?.isWhitespace == true { name.removeLast() }
        return String(name)
    }
}
