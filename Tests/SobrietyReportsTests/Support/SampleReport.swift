import SobrietyCore

/// A realistic three-line audit: a Meta video line in France, a YouTube line in Germany, and an
/// open-web display line whose identifiers try Markdown, HTML and spreadsheet-formula injection.
enum SampleReport {
    /// The line item whose name tries to inject Markdown, HTML and a spreadsheet formula.
    static let hostileLineItem = "=cmd| <img src=x onerror=alert(1)> | *bold* [x](javascript:alert(1))"
    /// The campaign name of the hostile line: a formula, a line break, a comma and quotes.
    static let hostileCampaign = "@SUM(1+1)\r\nSpring, \"launch\""

    /// The full report, with recommendations, a lean plan, budgets and warnings.
    static let full = make(lines: [metaVideo, youTube, openWeb])

    /// The same audit without per-line detail, as `--summary` writes it.
    static var summary: AuditReport {
        var report = full
        report.lines = []
        report.recommendations = []
        report.leanPlan = nil
        return report
    }

    // MARK: - Lines

    private static let metaVideo = line(
        id: "SPRING-META-FR-VIDEO",
        campaign: "Spring launch 2026",
        sourceLine: 2,
        platform: "facebook",
        format: "video",
        buying: "social",
        country: "FR",
        impressions: 4_200_000,
        activity: LineActivity(bytes: 5.355e12, exposureSeconds: 25_200_000, videoWatchSeconds: 25_200_000),
        segments: [
            .networkUse: 8_996.4, .networkEmbodied: 21_420, .cdn: 1_499.4, .deviceUse: 1_176,
            .deviceEmbodied: 22_680, .adSelection: 42_000,
        ],
        waste: [
            .invalidTraffic: 42_000, .madeForAdvertising: 0, .nonViewable: 1_247_400, .outOfTarget: 436_590,
            .excessFrequency: 0,
        ],
        assumed: [],
        gridIntensity: ("FR", 56)
    )

    private static let youTube = line(
        id: "SPRING-YT-DE-INSTREAM",
        campaign: "Spring launch 2026",
        sourceLine: 3,
        platform: "youtube",
        format: "video",
        buying: "social",
        country: "DE",
        impressions: 2_600_000,
        activity: LineActivity(bytes: 7.6245e12, exposureSeconds: 39_000_000, videoWatchSeconds: 39_000_000),
        segments: [
            .networkUse: 86_919.3, .networkEmbodied: 30_498, .cdn: 14_486.6, .deviceUse: 12_350,
            .deviceEmbodied: 35_100, .adSelection: 26_000,
        ],
        waste: [
            .invalidTraffic: 52_000, .madeForAdvertising: 0, .nonViewable: 764_400, .outOfTarget: 356_720,
            .excessFrequency: 0,
        ],
        assumed: ["viewability_rate", "on_target_rate"],
        gridIntensity: ("DE", 381)
    )

    private static let openWeb = line(
        id: hostileLineItem,
        campaign: hostileCampaign,
        sourceLine: 4,
        platform: "open_web",
        format: "image",
        buying: "open_exchange",
        country: "US",
        impressions: 5_100_000,
        activity: LineActivity(bytes: 7.65e11, exposureSeconds: 15_300_000, videoWatchSeconds: 0),
        segments: [
            .networkUse: 8_468.6, .networkEmbodied: 3_060, .cdn: 1_411.4, .deviceUse: 6_273,
            .deviceEmbodied: 13_770, .adSelection: 612_000,
        ],
        waste: [
            .invalidTraffic: 153_000, .madeForAdvertising: 395_760, .nonViewable: 1_592_934,
            .outOfTarget: 591_661.2, .excessFrequency: 417_643.2,
        ],
        assumed: ["ivt_rate", "mfa_rate", "creative_bytes"],
        gridIntensity: ("US", 369)
    )

    // MARK: - Building

    /// A range around a central value, as the Monte Carlo gives for this sample.
    private static func estimate(_ grams: Double) -> EmissionEstimate {
        EmissionEstimate(
            central: GramsCO2e(grams: grams),
            low: GramsCO2e(grams: grams * 0.72),
            high: GramsCO2e(grams: grams * 1.41)
        )
    }

    private static func line(
        id: String,
        campaign: String,
        sourceLine: Int,
        platform: String,
        format: String,
        buying: String,
        country: String,
        impressions: Double,
        activity: LineActivity,
        segments: [Segment: Double],
        waste: [WasteCause: Double],
        assumed: [String],
        gridIntensity: (country: String, value: Double)
    ) -> LineReport {
        let grams = Segment.allCases.reduce(0) { $0 + (segments[$1] ?? 0) }
        let wasted = WasteCause.allCases.map { cause in
            let causeImpressions = waste[cause] ?? 0
            return WasteCauseResult(
                cause: cause,
                impressions: causeImpressions,
                emissions: estimate(grams * causeImpressions / impressions)
            )
        }
        return LineReport(
            lineItem: id,
            campaign: campaign,
            file: "plans/spring-launch.csv",
            sourceLine: sourceLine,
            platform: platform,
            format: format,
            buying: buying,
            country: country,
            impressions: impressions,
            usefulImpressions: impressions - wasted.reduce(0) { $0 + $1.impressions },
            activity: activity,
            emissions: estimate(grams),
            segments: SegmentEmissions(includesCorporate: false) { estimate(segments[$0] ?? 0) },
            waste: wasted,
            assumed: assumed,
            factors: [
                AppliedFactor(
                    EmissionFactor(
                        key: .gridIntensity,
                        dimension: gridIntensity.country,
                        value: gridIntensity.value,
                        low: gridIntensity.value * 0.9,
                        high: gridIntensity.value * 1.1,
                        unit: "gCO2e/kWh",
                        source: "EMBER",
                        year: 2024,
                        note: "Annual average."
                    )
                ),
                AppliedFactor(inputKey: .networkMobileShare, dimension: country, value: 0.35, unit: "ratio"),
            ]
        )
    }

    private static func make(lines: [LineReport]) -> AuditReport {
        let impressions = lines.reduce(0) { $0 + $1.impressions }
        let useful = lines.reduce(0) { $0 + $1.usefulImpressions }
        let grams = lines.reduce(0) { $0 + $1.emissions.central.grams }
        let wasteGrams = lines.flatMap(\.waste).reduce(0) { $0 + $1.emissions.central.grams }
        let mfaSavings = 50_070.0
        var report = AuditReport(
            tool: ToolInfo(version: "0.1.0"),
            factorSet: FactorSetIdentity(
                name: "sobriety-default",
                version: "2026.1",
                sha256: "9f2c5e0d7a41b8c3e6f1029a4d7b5c8e3f6a9d2c5b8e1f4a7d0c3b6e9f2a5d8c"
            ),
            inputs: [
                InputSummary(
                    path: "plans/spring-launch.csv",
                    sha256: "4b1e8c2f7a9d3e6b0c5f8a1d4e7b2c9f6a3d0e5b8c1f4a7d2e9b6c3f0a5d8e1b",
                    rows: 3,
                    format: "canonical"
                )
            ],
            method: MethodInfo(range: RangeSettings(draws: 10_000, seed: 42)),
            totals: Totals(
                impressions: impressions,
                usefulImpressions: useful,
                videoWatchSeconds: lines.reduce(0) { $0 + $1.activity.videoWatchSeconds },
                bytes: lines.reduce(0) { $0 + $1.activity.bytes },
                emissions: estimate(grams),
                gramsPerThousandImpressions: estimate(grams / impressions * 1_000),
                gramsPerThousandUsefulImpressions: estimate(grams / useful * 1_000)
            ),
            segments: SegmentEmissions(includesCorporate: false) { segment in
                estimate(lines.reduce(0) { $0 + ($1.segments[segment]?.central.grams ?? 0) })
            },
            waste: WasteSummary(
                emissions: estimate(wasteGrams),
                share: wasteGrams / grams,
                causes: WasteCause.allCases.map { cause in
                    let results = lines.flatMap(\.waste).filter { $0.cause == cause }
                    return WasteCauseResult(
                        cause: cause,
                        impressions: results.reduce(0) { $0 + $1.impressions },
                        emissions: estimate(results.reduce(0) { $0 + $1.emissions.central.grams })
                    )
                }
            ),
            lines: lines,
            recommendations: [
                Recommendation(
                    id: "mfa_exclusion-1",
                    lever: "mfa_exclusion",
                    order: 1,
                    lineItems: [hostileLineItem],
                    action: "Exclude made-for-advertising sites with an inclusion list or a supply-path filter.",
                    savings: estimate(mfaSavings),
                    savingsShare: mfaSavings / grams,
                    reachKept: 0.97,
                    usefulImpressionsKept: 1,
                    sources: ["GMSF"],
                    changes: [
                        LineChange(lineItem: hostileLineItem, column: "mfa_rate", from: nil, to: "0.01")
                    ],
                    adjustments: [
                        LineAdjustment(lineItem: hostileLineItem, kind: .rate, from: 0.2, to: 0.01)
                    ]
                )
            ],
            leanPlan: LeanPlan(
                emissions: estimate(grams - mfaSavings),
                impressions: impressions - 395_760,
                usefulImpressions: useful
            ),
            budgets: [
                BudgetResult(metric: "total", limit: 750_000, actual: grams, unit: "g", passed: false)
            ],
            warnings: [
                ReportWarning(
                    code: "unknown-columns",
                    message: "plans/spring-launch.csv:1: columns kept out of the audit: 'notes', 'owner'",
                    line: 1
                ),
                ReportWarning(
                    code: "assumed-rates",
                    message: "plans/spring-launch.csv:3: no viewability_rate; the benchmark for social buying was used",
                    line: 3
                ),
            ],
            sources: [
                FactorSource(
                    id: "EMBER",
                    publisher: "Ember",
                    title: "Yearly electricity data",
                    year: 2025,
                    url: "https://ember-energy.org/data/yearly-electricity-data/",
                    licence: "CC BY 4.0"
                ),
                FactorSource(
                    id: "GMSF",
                    publisher: "Ad Net Zero",
                    title: "Global Media Sustainability Framework",
                    year: 2025,
                    url: "https://adnetzero.com/global-media-sustainability-framework/",
                    licence: "Public framework; cited, not redistributed"
                ),
            ]
        )
        report.equivalents = [carKilometres].compactMap {
            Equivalent(of: report.totals.emissions, activity: .carKilometre, factor: $0)
        }
        return report
    }

    /// A car factor as `Factors/equivalents.csv` holds one (its values are the sample's own).
    private static let carKilometres = EmissionFactor(
        key: .equivalentPerUnit,
        dimension: EquivalentActivity.carKilometre.rawValue,
        value: 150,
        low: 120,
        high: 200,
        unit: "gCO2e/km",
        source: "GMSF",
        year: 2025,
        note: "sample"
    )
}
