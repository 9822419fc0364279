import Foundation
import SobrietyCore
import Testing

@testable import SobrietyIngest

/// What the presets make of the fixtures' rows: keys, derived fields, locales and currencies.
@Suite struct ExportMappingTests {
    private func lines(_ file: String, preset: InputPreset = .automatic) throws -> [CampaignLine] {
        var reader = CampaignReader()
        reader.preset = preset
        var lines: [CampaignLine] = []
        _ = try reader.read(path: ExportFixtureTests.path(file), factorSet: .exportTest) { lines.append($0) }
        return lines
    }

    @Test func metaPlacementsGivePlatformFormatAndWatchTime() throws {
        let lines = try lines("meta-ads-placement.csv")

        #expect(lines.map(\.platform) == ["instagram", "facebook", "open_web"])
        #expect(lines.map(\.format) == [.video, nil, nil])
        #expect(lines[0].lineItem == "Spring Launch 2026 - Awareness / DE 25-44 Broad / instagram / Instagram Reels")
        #expect(lines[0].campaign == "Spring Launch 2026 - Awareness")
        #expect(lines[0].placement == "Instagram Reels")
        #expect(lines[0].videoViews == 301_552)
        #expect(lines[0].averageWatchSeconds == 6)
        #expect(lines[0].reach == 183_204)
        #expect(lines[0].spend == 1843.27)
        #expect(lines[0].currency == "EUR")
        #expect(lines[0].startDate == "2026-03-01")
        #expect(lines[0].endDate == "2026-03-31")
        #expect(lines[2].videoViews == nil)
    }

    @Test func frenchMetaHeadersMapAndTheDayKeysEachRow() throws {
        let lines = try lines("meta-ads-french.csv")

        #expect(lines.map(\.lineItem) == ["Lancement printemps / 2026-03-01", "Lancement printemps / 2026-03-02"])
        #expect(lines.map(\.spend) == [71.18, 66.40])
        #expect(lines.map(\.reach) == [10411, 9874])
        #expect(lines.allSatisfy { $0.currency == "EUR" && $0.platform == "facebook" })
    }

    @Test func germanSemicolonExportReadsDecimalCommasAndGroupedThousands() throws {
        let lines = try lines("meta-ads-german-semicolon.csv")

        #expect(lines.map(\.impressions) == [12480, 11902, 3050])
        #expect(lines.map(\.spend) == [1234.56, 987.10, 210])
        #expect(lines.map(\.averageWatchSeconds) == [5, 4, 3])
        #expect(lines[2].campaign == "Frühjahr 2026; Retargeting")
    }

    @Test func googleAdsDerivesWatchMinutesAndViewabilityAndSkipsPlaceholders() throws {
        let lines = try lines("google-ads-campaigns.csv")

        #expect(lines.map(\.platform) == ["youtube", "youtube"])
        #expect(lines.map(\.format) == [.video, .video])
        #expect(lines[0].videoViews == nil)  // " --"
        #expect(lines[1].videoViews == 121_905)
        #expect(lines[0].watchMinutes == 5.10 * 1_204_331 / 60)
        #expect(lines[0].viewabilityRate == 1_050_220.0 / 1_187_904.0)
        #expect(lines[0].buying == .social)
        #expect(lines[0].lineItem == "YT Bumper 6s - DE, AT")
    }

    @Test func googleAdsExcelMapsDevicesAndKeepsTheFirstCurrencyColumn() throws {
        let lines = try lines("google-ads-excel.csv")

        #expect(lines.map(\.device) == [DeviceMix(only: .mobile), DeviceMix(only: .desktop)])
        #expect(
            lines.map(\.lineItem) == [
                "Display - Spring / Prospecting 25-44 / Mobile phones",
                "Display - Spring / Prospecting 25-44 / Computers",
            ]
        )
        #expect(lines.map(\.spend) == [651.40, 316.40])
    }

    @Test func linkedInPortugueseReadsDayFirstDatesAndDecimalCommas() throws {
        let lines = try lines("linkedin-ads-portuguese.csv")

        #expect(lines.map(\.startDate) == ["2026-03-01", "2026-03-02"])
        #expect(lines.map(\.spend) == [904.55, 1012.10])
        #expect(lines.allSatisfy { $0.currency == "BRL" && $0.platform == "linkedin" })
    }

    @Test func linkedInEnglishReadsMonthFirstDates() throws {
        let lines = try lines("linkedin-ads-english.csv")

        #expect(lines.map(\.startDate) == ["2026-03-01", "2026-03-02"])
        #expect(lines.map(\.videoViews) == [9877, 9410])
    }

    @Test func dv360DerivesInvalidTrafficFromBillableImpressions() throws {
        let lines = try lines("dv360-report.csv")

        #expect(lines[0].invalidTrafficRate == Double(88412 - 88090) / 88412)
        #expect(lines.map(\.format) == [.video, .image])
        #expect(lines.map(\.country) == ["DE", "DE"])
        #expect(lines.map(\.device) == [DeviceMix(only: .mobile), DeviceMix(only: .desktop)])
        #expect(lines.map(\.startDate) == ["2026-03-01", "2026-03-01"])
        #expect(lines.map(\.platform) == ["open_web", "open_web"])
    }

    @Test func cm360ReadsPercentViewabilityAndInvalidImpressions() throws {
        let lines = try lines("cm360-report.csv")

        #expect(lines.map(\.platform) == ["open_web", "youtube"])
        #expect(lines[0].viewabilityRate == 0.6361)
        #expect(lines[0].invalidTrafficRate == 1822.0 / (118_204 + 1822))
        #expect(lines[1].device == DeviceMix(only: .mobile))
    }

    @Test func snapchatScreenTimeIsPerImpression() throws {
        let lines = try lines("snapchat-ads.csv")

        #expect(lines[0].watchMinutes == 3.9 * 96420 / 60)
        #expect(lines[0].startDate == "2026-03-01")
    }

    @Test func tiktokSkipsItsSummaryRow() throws {
        let lines = try lines("tiktok-ads-daily.csv")

        #expect(lines.map(\.impressions) == [128_520, 119_194])
        #expect(lines.map(\.averageWatchSeconds) == [4.71, 4.58])
        #expect(lines.allSatisfy { $0.platform == "tiktok" })
    }

    @Test func presetCanBeForced() throws {
        let lines = try lines("x-ads.csv", preset: .named("x-ads"))

        #expect(lines.map(\.impressions) == [70215, 68110])
    }

    @Test func forcingTheWrongPresetSaysWhatItLookedFor() throws {
        let error = try #require(throws: InputErrors.self) { try lines("x-ads.csv", preset: .named("dv360")) }

        let message = error.diagnostics.map(\.description).joined()
        #expect(message.contains("not a Display & Video 360 export (preset dv360): the header has none of the columns"))
        #expect(message.contains("found columns: Time period, Campaign name"))
    }

    @Test func canonicalPresetReadsAnExportAsCanonicalCSV() throws {
        let error = try #require(throws: InputErrors.self) { try lines("x-ads.csv", preset: .canonical) }

        #expect(error.diagnostics.first?.code == "missing-columns")
    }
}
