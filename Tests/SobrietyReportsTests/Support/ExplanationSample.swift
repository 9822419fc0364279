import SobrietyCore

/// A factor set with round numbers and one platform, to explain lines in renderer tests.
enum ExplanationSample {
    static let factorSet: FactorSet = {
        var factors: [EmissionFactor] = []
        func add(_ key: FactorKey, _ dimension: String?, _ value: Double, _ unit: String) {
            factors.append(
                EmissionFactor(
                    key: key,
                    dimension: dimension,
                    value: value,
                    low: value / 2,
                    high: value * 2,
                    unit: unit,
                    source: "TEST",
                    year: 2026,
                    note: ""
                )
            )
        }
        add(.gridIntensity, "WORLD", 500, "gCO2e/kWh")
        add(.networkMobileShare, "WORLD", 0.25, "ratio")
        add(.networkUseFixed, nil, 0.02, "kWh/GB")
        add(.networkUseMobile, nil, 0.1, "kWh/GB")
        add(.networkEmbodiedFixed, nil, 2e-6, "gCO2e/kB")
        add(.networkEmbodiedMobile, nil, 8e-6, "gCO2e/kB")
        add(.cdnUse, nil, 0.001, "kWh/GB")
        for device in DeviceKind.allCases.map(\.rawValue) {
            add(.devicePower, device, 5, "W")
            add(.deviceEmbodied, device, 0.006, "gCO2e/s")
            add(.videoBitrate, device, 800, "kbit/s")
        }
        for format in AdFormat.allCases where !format.isVideo {
            add(.creativeBytes, format.rawValue, 600_000, "bytes")
        }
        add(.videoPlayerPayload, nil, 300_000, "bytes")
        add(.displayTimeInView, nil, 3, "s")
        for buying in BuyingMode.allCases.map(\.rawValue) {
            add(.adSelectionPerImpression, buying, 0.004, "gCO2e/impression")
            add(.ivtRate, buying, 0.02, "ratio")
            add(.mfaRate, buying, 0, "ratio")
            add(.viewabilityRate, buying, 0.7, "ratio")
            add(.onTargetRate, buying, 0.6, "ratio")
        }
        add(.mfaMultiplier, nil, 1.5, "ratio")
        add(.frequencyThreshold, nil, 10, "exposures/person")
        add(.videoWatchSeconds, "tiktok", 8, "s")
        add(.platformDeviceShare, "tiktok/mobile", 1, "ratio")
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
                )
            ],
            countries: [Country(alpha2: "WORLD", alpha3: "WORLD", name: "World")]
        )
    }()

    /// The explanation of a TikTok line with 1,000 impressions and 100 watch minutes.
    static func explanation(lineItem: String = "V-1", campaign: String? = "Spring") throws -> LineExplanation {
        var line = CampaignLine(
            location: SourceLocation(file: "plan.csv", line: 2),
            lineItem: lineItem,
            platform: "tiktok"
        )
        line.campaign = campaign
        line.impressions = 1_000
        line.reach = 400
        line.watchMinutes = 100
        return try LineExplanation(
            line: line,
            factorSet: factorSet,
            options: EstimationOptions(range: RangeSettings(draws: 100, seed: 3))
        )
    }
}
