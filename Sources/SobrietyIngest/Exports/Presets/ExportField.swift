/// What a column of an export can feed: a canonical column, or a figure the mapper derives one from.
///
/// The raw values are the keys of a preset's `[fields]` table (`contracts/campaign-format.md` for the canonical ones).
enum ExportField: String, CaseIterable, Sendable {
    case campaign
    case platform
    case format
    case placement
    case buying
    case country
    case device
    case impressions
    case reach
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
    /// A day, both the start and the end of the row's flight.
    case date
    /// Total watch time in seconds (Google Ads `Watch time`): `watch_minutes` × 60.
    case watchSeconds = "watch_seconds"
    /// Average watch time per impression (Google Ads `Avg. watch time / impr.`): × impressions / 60 gives `watch_minutes`.
    case averageWatchSecondsPerImpression = "avg_watch_seconds_per_impression"
    /// Impressions that met the MRC viewability standard: ÷ measurable impressions (else impressions) gives `viewability_rate`.
    case viewableImpressions = "viewable_impressions"
    /// Impressions whose viewability could be measured.
    case measurableImpressions = "measurable_impressions"
    /// Impressions removed as invalid traffic, not counted in `impressions` (CM360): ÷ (impressions + invalid) gives `ivt_rate`.
    case invalidImpressions = "invalid_impressions"
    /// Impressions billed, counted in `impressions` with the invalid ones (DV360): 1 − billable ÷ impressions gives `ivt_rate`.
    case billableImpressions = "billable_impressions"

    /// How the field's cells are read.
    enum Syntax: Equatable {
        /// Text kept as written (trimmed).
        case text
        /// A key of a vocabulary, through the preset's value map first.
        case key
        /// A whole number, grouped or not.
        case count
        /// A decimal number, grouped or not, with an optional currency sign.
        case number
        /// Seconds: `H:MM:SS`, `MM:SS`, `12.3`, `12.3s`.
        case duration
        /// A share: `72%`, or a bare number (a share, or a percentage where the preset says so).
        case rate
        /// A calendar date, written in any of the exports' ways.
        case date
    }

    /// How the field's cells are read.
    var syntax: Syntax {
        switch self {
        case .campaign, .placement, .currency: .text
        case .platform, .format, .buying, .country, .device, .resolution: .key
        case .impressions, .reach, .videoViews, .creativeBytes, .viewableImpressions, .measurableImpressions,
            .invalidImpressions, .billableImpressions:
            .count
        case .watchMinutes, .spend, .bitrateKilobitsPerSecond: .number
        case .averageWatchSeconds, .videoDurationSeconds, .watchSeconds, .averageWatchSecondsPerImpression: .duration
        case .viewabilityRate, .invalidTrafficRate, .onTargetRate, .madeForAdvertisingRate: .rate
        case .startDate, .endDate, .date: .date
        }
    }

    /// Whether the field's cells are numbers, whose decimal separator is decided per column.
    var isNumeric: Bool { [.count, .number, .duration, .rate].contains(syntax) }
}
