import SobrietyCore

extension FactorSet {
    /// A small factor set for tests: five platforms, five countries, three resolutions.
    static let ingestTest = FactorSet(
        identity: FactorSetIdentity(name: "ingest-test", version: "1", sha256: ""),
        factors: ["480p", "720p", "1080p", "mobile"].map { dimension in
            EmissionFactor(
                key: .videoBitrate,
                dimension: dimension,
                value: 1000,
                low: 500,
                high: 2000,
                unit: "kbit/s",
                source: "TEST",
                year: 2026,
                note: ""
            )
        },
        sources: [],
        platforms: [
            platform("tiktok", .video, .social),
            platform("instagram", .image, .social),
            platform("youtube", .video, .social),
            platform("open_web", .image, .openExchange),
            platform("ctv", .video, .openExchange),
        ],
        countries: [
            Country(alpha2: "FR", alpha3: "FRA", name: "France"),
            Country(alpha2: "DE", alpha3: "DEU", name: "Germany"),
            Country(alpha2: "PL", alpha3: "POL", name: "Poland"),
            Country(alpha2: "CN", alpha3: "CHN", name: "China"),
            Country(alpha2: "WORLD", alpha3: "WORLD", name: "World"),
        ]
    )

    private static func platform(_ key: String, _ format: AdFormat, _ buying: BuyingMode) -> PlatformProfile {
        PlatformProfile(
            key: key,
            name: key,
            channel: buying == .social ? "social" : "web",
            defaultFormat: format,
            defaultBuying: buying,
            hasMadeForAdvertisingInventory: buying != .social,
            source: "TEST",
            note: ""
        )
    }
}
