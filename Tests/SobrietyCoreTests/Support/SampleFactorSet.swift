import SobrietyCore

/// A small factor set with round numbers, so that expected values can be computed by hand.
enum SampleFactorSet {
    static func make(mfaMultiplier: Double = 1.5) -> FactorSet {
        var factors: [EmissionFactor] = []
        func add(
            _ key: FactorKey,
            _ dimension: String?,
            _ value: Double,
            _ unit: String,
            low: Double? = nil,
            high: Double? = nil
        ) {
            factors.append(
                EmissionFactor(
                    key: key,
                    dimension: dimension,
                    value: value,
                    low: low ?? value * 0.5,
                    high: high ?? value * 2,
                    unit: unit,
                    source: "TEST",
                    year: 2026,
                    note: "test value"
                )
            )
        }
        add(.gridIntensity, "FR", 50, "gCO2e/kWh")
        add(.gridIntensity, "WORLD", 500, "gCO2e/kWh")
        add(.networkMobileShare, "FR", 0.5, "ratio", low: 0.4, high: 0.6)
        add(.networkMobileShare, "WORLD", 0.25, "ratio", low: 0.1, high: 0.5)
        add(.networkUseFixed, nil, 0.02, "kWh/GB")
        add(.networkUseMobile, nil, 0.1, "kWh/GB")
        add(.networkEmbodiedFixed, nil, 2e-6, "gCO2e/kB")
        add(.networkEmbodiedMobile, nil, 8e-6, "gCO2e/kB")
        add(.cdnUse, nil, 0.001, "kWh/GB")
        for (device, power, embodied, bitrate) in [
            ("mobile", 5.0, 0.006, 800.0), ("desktop", 50, 0.005, 1200), ("tablet", 5, 0.02, 1000),
            ("tv", 100, 0.008, 4000),
        ] {
            add(.devicePower, device, power, "W")
            add(.deviceEmbodied, device, embodied, "gCO2e/s")
            add(.videoBitrate, device, bitrate, "kbit/s")
        }
        add(.videoBitrate, "720p", 2000, "kbit/s")
        add(.videoBitrate, "1080p", 6000, "kbit/s")
        add(.videoPlayerPayload, nil, 300_000, "bytes")
        add(.creativeBytes, "image", 600_000, "bytes")
        add(.creativeBytes, "carousel", 1_200_000, "bytes")
        add(.creativeBytes, "story", 600_000, "bytes")
        add(.creativeBytes, "text", 1_000, "bytes")
        add(.creativeBytes, "audio", 400_000, "bytes")
        add(.displayTimeInView, nil, 3, "s")
        add(.adSelectionPerImpression, "social", 0.004, "gCO2e/impression")
        add(.adSelectionPerImpression, "open_exchange", 0.3, "gCO2e/impression")
        add(.adSelectionPerImpression, "pmp", 0.1, "gCO2e/impression")
        add(.adSelectionPerImpression, "direct", 0.1, "gCO2e/impression")
        add(.adSelectionPerImpression, "organic", 0, "gCO2e/impression")
        add(.corporatePerImpression, "social", 0.15, "gCO2e/impression")
        add(.corporatePerImpression, "web", 0.05, "gCO2e/impression")
        for buying in BuyingMode.allCases.map(\.rawValue) {
            add(.ivtRate, buying, 0.02, "ratio", low: 0.01, high: 0.1)
            add(.mfaRate, buying, buying == "open_exchange" ? 0.1 : 0, "ratio", low: 0, high: 0.2)
            add(.viewabilityRate, buying, 0.7, "ratio", low: 0.5, high: 0.8)
            add(.onTargetRate, buying, 0.6, "ratio", low: 0.45, high: 0.65)
        }
        add(.mfaMultiplier, nil, mfaMultiplier, "ratio", low: 1, high: 2)
        add(.frequencyThreshold, nil, 10, "exposures/person", low: 5, high: 20)
        add(.videoWatchSeconds, "tiktok", 8, "s")
        add(.videoWatchSeconds, "open_web", 10, "s")
        add(.platformDeviceShare, "tiktok/mobile", 1, "ratio", low: 1, high: 1)
        add(.platformDeviceShare, "open_web/mobile", 0.6, "ratio", low: 0.6, high: 0.6)
        add(.platformDeviceShare, "open_web/desktop", 0.4, "ratio", low: 0.4, high: 0.4)
        add(.leverIVTRate, nil, 0.01, "ratio")
        add(.leverMFARate, nil, 0.01, "ratio")
        add(.leverViewabilityRate, nil, 0.8, "ratio", low: 0.7, high: 0.9)
        add(.leverOnTargetRate, nil, 0.75, "ratio", low: 0.6, high: 0.9)
        for (device, bitrate) in [("mobile", 2000.0), ("desktop", 6000), ("tablet", 6000), ("tv", 6000)] {
            add(.leverVideoMaxBitrate, device, bitrate, "kbit/s")
        }
        add(.leverVideoSeconds, nil, 15, "s")
        add(.leverCreativeBytes, "image", 300_000, "bytes")
        add(.leverMixShiftShare, nil, 0.2, "ratio")
        add(.leverMixIntensityRatio, nil, 1.5, "ratio")
        return FactorSet(
            identity: FactorSetIdentity(name: "test", version: "0", sha256: String(repeating: "0", count: 64)),
            factors: factors,
            sources: [
                FactorSource(id: "TEST", publisher: "Tests", title: "Round numbers", year: 2026, url: "-", licence: "-")
            ],
            platforms: [
                PlatformProfile(
                    key: "tiktok",
                    name: "TikTok",
                    channel: "social",
                    defaultFormat: .video,
                    defaultBuying: .social,
                    hasMadeForAdvertisingInventory: false,
                    source: "TEST",
                    note: ""
                ),
                PlatformProfile(
                    key: "open_web",
                    name: "Open web",
                    channel: "web",
                    defaultFormat: .image,
                    defaultBuying: .openExchange,
                    hasMadeForAdvertisingInventory: true,
                    source: "TEST",
                    note: ""
                ),
            ],
            countries: [
                Country(alpha2: "FR", alpha3: "FRA", name: "France"),
                Country(alpha2: "DE", alpha3: "DEU", name: "Germany"),
                Country(alpha2: "WORLD", alpha3: "WORLD", name: "World"),
            ]
        )
    }

    static func line(_ id: String, platform: String, row: Int = 2, _ configure: (inout CampaignLine) -> Void)
        -> CampaignLine
    {
        var line = CampaignLine(location: SourceLocation(file: "test.csv", line: row), lineItem: id, platform: platform)
        configure(&line)
        return line
    }
}
