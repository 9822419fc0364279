import SobrietyCore
import Testing

@testable import SobrietyReports

/// Each recommendation's action names, in every language, what changes on each line, from the
/// recommendation's adjustments and in the language's number style: the information the audit's own
/// English text gives, with none of its English words.
@Suite struct ActionAdjustmentTests {
    private static let translated = ReportLanguageCode.allCases.filter { $0 != .english }

    /// A recommendation of `lever` with the given adjustments.
    private static func recommendation(_ lever: Lever, _ adjustments: [LineAdjustment]) throws -> Recommendation {
        var recommendation = try #require(SampleReport.full.recommendations.first)
        recommendation.id = lever.rawValue
        recommendation.lever = lever.rawValue
        recommendation.lineItems = Array(Set(adjustments.map(\.lineItem))).sorted()
        recommendation.adjustments = adjustments
        return recommendation
    }

    private static func action(_ code: ReportLanguageCode, _ recommendation: Recommendation) throws -> String {
        try SummaryTables(language: .bundled(code)).action(recommendation)
    }

    /// English words of the audit's action texts that a translation must not show.
    private static let englishWords = [
        "Cap frequency", "exposures", " per ", " on ", "fewer", "grams", "takes ", "useful", "Move ", "line item",
        "Compress static", "Deliver video", "Cut the",
    ]

    /// The old and new values of a frequency cap, as each language writes them.
    private static let frequencyChange: [ReportLanguageCode: String] = [
        .french: "FR-TT-01 (11,1 → 10)",
        .german: "FR-TT-01 (11,1 → 10)",
        .polish: "FR-TT-01 (11,1 → 10)",
        .korean: "FR-TT-01(11.1 → 10)",
        .chinese: "FR-TT-01（11.1 → 10）",
    ]

    @Test(arguments: translated)
    func aFrequencyCapNamesEachLineWithItsOldAndNewFrequency(_ code: ReportLanguageCode) throws {
        let recommendation = try Self.recommendation(
            .frequencyCap,
            [
                LineAdjustment(lineItem: "FR-TT-01", kind: .frequency, from: 11.12, to: 10),
                LineAdjustment(lineItem: "FR-YT-02", kind: .frequency, from: 4, to: 3),
            ]
        )
        let action = try Self.action(code, recommendation)

        #expect(action.contains(try #require(Self.frequencyChange[code])), "\(action)")
        #expect(action.contains("FR-YT-02") && action.contains("4 → 3"), "\(action)")
        for word in Self.englishWords { #expect(!action.contains(word), "\(code.rawValue): '\(word)' in \(action)") }
    }

    @Test(arguments: translated)
    func everyKindOfChangeIsWrittenInTheLanguage(_ code: ReportLanguageCode) throws {
        let numbers = ReportLanguage.bundled(code).numbers
        let cases: [(Lever, LineAdjustment, [String])] = [
            (.viewabilityFloor, .init(lineItem: "A", kind: .rate, from: 0.75, to: 0.8), ["75", "80"]),
            (
                .supplyPath, .init(lineItem: "A", kind: .buying, fromName: "open_exchange", toName: "pmp"),
                ["open_exchange → pmp"]
            ),
            (.videoBitrate, .init(lineItem: "A", kind: .bitrate, from: 4_500, to: 2_500), ["kbit/s"]),
            (
                .videoBitrate,
                .init(lineItem: "A", kind: .resolution, fromName: "1080p", toName: "720p", device: "mobile"),
                ["1080p → ", "720p"]
            ),
            (.videoLength, .init(lineItem: "A", kind: .duration, from: 30, to: 15), ["30", "15"]),
            (.creativeWeight, .init(lineItem: "A", kind: .creativeBytes, from: 420_000, to: 150_000), ["420", "150"]),
            (
                .platformMix,
                .init(lineItem: "A", kind: .mixDonor, to: 2.46, counterpart: "B", share: 0.2),
                ["→ B", "2\(numbers.decimalSeparator)46", "20"]
            ),
            (.platformMix, .init(lineItem: "B", kind: .mixRecipient, to: 123_456), [try numbers.count(123_456)]),
        ]
        for (lever, adjustment, expected) in cases {
            let action = try Self.action(code, try Self.recommendation(lever, [adjustment]))
            for text in expected { #expect(action.contains(text), "\(code.rawValue): '\(text)' not in \(action)") }
            for word in Self.englishWords {
                #expect(!action.contains(word), "\(code.rawValue): '\(word)' in \(action)")
            }
        }
    }

    @Test func englishKeepsTheAuditsOwnText() throws {
        let recommendation = try Self.recommendation(
            .frequencyCap,
            [LineAdjustment(lineItem: "FR-TT-01", kind: .frequency, from: 11.12, to: 10)]
        )

        #expect(try Self.action(.english, recommendation) == recommendation.action)
    }
}
