extension CampaignLine {
    /// A parsed value of one cell of the canonical campaign CSV.
    public enum CellValue: Sendable, Hashable {
        /// Text, or a key such as a format or buying mode.
        case text(String)
        /// A whole number, such as impressions.
        case count(Int)
        /// A number, or a rate as a fraction of one.
        case number(Double)
        /// A device mix.
        case deviceMix(DeviceMix)

        /// The value as the canonical CSV writes it: numbers in their shortest round-trip form
        /// without an exponent, so reading the text back gives the same value, bit for bit.
        public var canonicalText: String {
            switch self {
            case .text(let text): text
            case .count(let count): String(count)
            case .number(let number): DecimalText.plain(number)
            case .deviceMix(let mix):
                mix.shares.count == 1 && mix.shares[0].share == 1
                    ? mix.shares[0].device.rawValue
                    : mix.shares.map { "\($0.device.rawValue):\(DecimalText.plain($0.share))" }.joined(separator: ";")
            }
        }
    }

    /// Every column of the canonical campaign CSV in the contract's order
    /// (`contracts/campaign-format.md`), with the line's value, `nil` where it has none.
    public var cells: [(column: String, value: CellValue?)] {
        [
            ("line_item", .text(lineItem)),
            ("campaign", campaign.map(CellValue.text)),
            ("platform", .text(platform)),
            ("format", format.map { .text($0.rawValue) }),
            ("placement", placement.map(CellValue.text)),
            ("buying", buying.map { .text($0.rawValue) }),
            ("country", country.map(CellValue.text)),
            ("device", device.map(CellValue.deviceMix)),
            ("impressions", impressions.map(CellValue.count)),
            ("reach", reach.map(CellValue.count)),
            ("frequency_cap", frequencyCap.map(CellValue.number)),
            ("video_views", videoViews.map(CellValue.count)),
            ("avg_watch_seconds", averageWatchSeconds.map(CellValue.number)),
            ("watch_minutes", watchMinutes.map(CellValue.number)),
            ("video_duration_seconds", videoDurationSeconds.map(CellValue.number)),
            ("resolution", resolution.map(CellValue.text)),
            ("bitrate_kbps", bitrateKilobitsPerSecond.map(CellValue.number)),
            ("creative_bytes", creativeBytes.map(CellValue.count)),
            ("viewability_rate", viewabilityRate.map(CellValue.number)),
            ("ivt_rate", invalidTrafficRate.map(CellValue.number)),
            ("on_target_rate", onTargetRate.map(CellValue.number)),
            ("mfa_rate", madeForAdvertisingRate.map(CellValue.number)),
            ("start_date", startDate.map(CellValue.text)),
            ("end_date", endDate.map(CellValue.text)),
            ("spend", spend.map(CellValue.number)),
            ("currency", currency.map(CellValue.text)),
        ]
    }

    /// The columns of the canonical campaign CSV, in the contract's order.
    public static let canonicalColumns = CampaignLine(
        location: SourceLocation(file: "", line: 1),
        lineItem: "",
        platform: ""
    )
    .cells.map(\.column)

    /// The line's cells in ``canonicalColumns`` order as canonical text, `nil` where it has no value.
    public var canonicalCells: [String?] {
        cells.map { $0.value?.canonicalText }
    }
}
