import SobrietyCore

extension FactorSet {
    /// The ingest test factor set with every platform the export presets map to.
    static let exportTest = FactorSet(
        identity: FactorSetIdentity(name: "export-test", version: "1", sha256: ""),
        factors: FactorSet.ingestTest.factors,
        sources: [],
        platforms: [
            "facebook", "instagram", "threads", "youtube", "tiktok", "linkedin", "snapchat", "x", "pinterest", "douyin",
            "xiaohongshu", "open_web", "ctv",
        ].map { key in
            PlatformProfile(
                key: key,
                name: key,
                channel: key == "open_web" || key == "ctv" ? "web" : "social",
                defaultFormat: .image,
                defaultBuying: key == "open_web" || key == "ctv" ? .openExchange : .social,
                hasMadeForAdvertisingInventory: key == "open_web" || key == "ctv",
                source: "TEST",
                note: ""
            )
        },
        countries: Array(FactorSet.ingestTest.countries.values)
    )
}
