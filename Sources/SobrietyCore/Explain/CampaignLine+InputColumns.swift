extension CampaignLine {
    /// The columns this line gave a value for, with the parsed values, in contract column order.
    var givenColumns: [LineExplanation.InputColumn] {
        typealias Value = LineExplanation.InputValue
        let columns: [(String, Value?)] = [
            ("line_item", .text(lineItem)),
            ("campaign", campaign.map(Value.text)),
            ("platform", .text(platform)),
            ("format", format.map { .text($0.rawValue) }),
            ("placement", placement.map(Value.text)),
            ("buying", buying.map { .text($0.rawValue) }),
            ("country", country.map(Value.text)),
            ("device", device.map(Value.deviceMix)),
            ("impressions", impressions.map(Value.count)),
            ("reach", reach.map(Value.count)),
            ("frequency_cap", frequencyCap.map(Value.number)),
            ("video_views", videoViews.map(Value.count)),
            ("avg_watch_seconds", averageWatchSeconds.map(Value.number)),
            ("watch_minutes", watchMinutes.map(Value.number)),
            ("video_duration_seconds", videoDurationSeconds.map(Value.number)),
            ("resolution", resolution.map(Value.text)),
            ("bitrate_kbps", bitrateKilobitsPerSecond.map(Value.number)),
            ("creative_bytes", creativeBytes.map(Value.count)),
            ("viewability_rate", viewabilityRate.map(Value.number)),
            ("ivt_rate", invalidTrafficRate.map(Value.number)),
            ("on_target_rate", onTargetRate.map(Value.number)),
            ("mfa_rate", madeForAdvertisingRate.map(Value.number)),
            ("start_date", startDate.map(Value.text)),
            ("end_date", endDate.map(Value.text)),
            ("spend", spend.map(Value.number)),
            ("currency", currency.map(Value.text)),
        ]
        return columns.compactMap { name, value in value.map { .init(name: name, value: $0) } }
    }
}
