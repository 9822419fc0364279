/// Writes plausible canonical campaign files of any length (about 100 bytes a row) for tests and benchmarks.
enum CampaignFileGenerator {
    static let header =
        "line_item,campaign,platform,format,country,device,impressions,reach,video_views,avg_watch_seconds,"
        + "ivt_rate,viewability_rate,start_date,end_date,spend,currency\n"

    /// The impressions of data row `row` (1-based).
    static func impressions(row: Int) -> Int {
        10_000 + (row * 7919) % 90_000
    }

    /// One data row.
    static func row(_ row: Int) -> String {
        let platforms = ["tiktok", "instagram", "youtube", "open_web", "ctv"]
        let countries = ["FR", "DE", "PL", "CN", "WORLD"]
        let impressions = impressions(row: row)
        let day = 1 + row % 28
        let date = "2026-03-\(day < 10 ? "0" : "")\(day)"
        return "li-\(row),Spring \(row % 10),\(platforms[row % 5]),video,\(countries[row % 5]),mobile,"
            + "\(impressions),\(impressions / 3),\(impressions / 2),6.5,0.0\(row % 10),72%,\(date),\(date),"
            + "\(row % 1000).50,EUR\n"
    }

    /// A whole file of `rows` data rows.
    static func text(rows: Int) -> String {
        var text = header
        for index in 1...rows { text += row(index) }
        return text
    }
}
