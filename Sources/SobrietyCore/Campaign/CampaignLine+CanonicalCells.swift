extension CampaignLine {
    /// The columns of the canonical campaign CSV, in the contract's order
    /// (`contracts/campaign-format.md`).
    public static let canonicalColumns = [
        "line_item", "campaign", "platform", "format", "placement", "buying", "country", "device", "impressions",
        "reach", "frequency_cap", "video_views", "avg_watch_seconds", "watch_minutes", "video_duration_seconds",
        "resolution", "bitrate_kbps", "creative_bytes", "viewability_rate", "ivt_rate", "on_target_rate", "mfa_rate",
        "start_date", "end_date", "spend", "currency",
    ]

    /// The line's cells in ``canonicalColumns`` order, `nil` where the line has no value.
    ///
    /// Numbers are written in their shortest round-trip form without an exponent, so reading the
    /// cells back gives the same values, bit for bit.
    public var canonicalCells: [String?] {
        func number(_ value: Double?) -> String? { value.map(DecimalText.plain) }
        func count(_ value: Int?) -> String? { value.map(String.init) }
        let deviceMix = device.map { mix in
            mix.shares.count == 1 && mix.shares[0].share == 1
                ? mix.shares[0].device.rawValue
                : mix.shares.map { "\($0.device.rawValue):\(DecimalText.plain($0.share))" }.joined(separator: ";")
        }
        return [
            lineItem, campaign, platform, format?.rawValue, placement, buying?.rawValue, country, deviceMix,
            count(impressions), count(reach), number(frequencyCap), count(videoViews), number(averageWatchSeconds),
            number(watchMinutes), number(videoDurationSeconds), resolution, number(bitrateKilobitsPerSecond),
            count(creativeBytes), number(viewabilityRate), number(invalidTrafficRate), number(onTargetRate),
            number(madeForAdvertisingRate), startDate, endDate, number(spend), currency,
        ]
    }
}
