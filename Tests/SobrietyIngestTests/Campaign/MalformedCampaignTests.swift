import Foundation
import SobrietyCore
import SobrietyIngest
import Testing

/// Each file in `Fixtures/malformed/` and the exact report it must produce.
@Suite struct MalformedCampaignTests {
    private static let platforms = "ctv, instagram, open_web, tiktok, youtube"
    private static let notACount = "is not a whole number; expected digits only, such as 12000"
    private static let notANumber = "is not a number; expected a decimal such as 12.5"
    private static let notARate =
        "is not a rate; expected a share from 0 to 1 such as 0.72, or a percentage such as 72%"
    private static let notACountry =
        "is not a known country; expected an ISO 3166-1 alpha-2 code such as FR, or WORLD"
    private static let notADate = "is not a date; expected YYYY-MM-DD, such as 2026-03-31"
    private static let quoteHint = "quote the whole field and double the quotes inside it"

    static let cases: [(file: String, expected: String)] = [
        (
            "empty.csv",
            "empty.csv:1: file is empty; expected a header row such as line_item,platform,impressions "
                + "and one row per line item"
        ),
        ("header-only.csv", "header-only.csv:1: header but no data rows; expected one row per line item"),
        (
            "missing-platform.csv",
            "missing-platform.csv:1: missing required column 'platform'; found: line_item, impressions"
        ),
        (
            "missing-several-columns.csv",
            "missing-several-columns.csv:1: missing required columns 'line_item', 'impressions' (or 'video_views'); "
                + "found: Campaign, platform"
        ),
        (
            "duplicate-column.csv",
            "duplicate-column.csv:1: column 'impressions': appears twice (fields 3 and 4); keep one"
        ),
        ("rate-above-one.csv", "rate-above-one.csv:14: column 'ivt_rate': \"1.7\" is not a rate; write 0.017 or 1.7%"),
        (
            "rate-above-hundred-percent.csv",
            "rate-above-hundred-percent.csv:2: column 'viewability_rate': \"140%\" is above 100%; "
                + "expected a rate from 0% to 100%"
        ),
        (
            "rate-negative.csv",
            "rate-negative.csv:2: column 'mfa_rate': \"-0.1\" is negative; expected a rate from 0 to 1, or 0% to 100%"
        ),
        ("rate-not-a-number.csv", "rate-not-a-number.csv:2: column 'on_target_rate': \"high\" \(notARate)"),
        ("rate-bare-above-hundred.csv", "rate-bare-above-hundred.csv:2: column 'ivt_rate': \"150\" \(notARate)"),
        ("count-with-suffix.csv", "count-with-suffix.csv:2: column 'impressions': \"12k\" \(notACount)"),
        ("count-decimal.csv", "count-decimal.csv:2: column 'impressions': \"1.5\" \(notACount)"),
        (
            "count-negative.csv",
            "count-negative.csv:2: column 'impressions': \"-3\" is negative; expected a whole number ≥ 0"
        ),
        ("count-exponent.csv", "count-exponent.csv:2: column 'impressions': \"1e6\" \(notACount)"),
        (
            "count-overflow.csv",
            "count-overflow.csv:2: column 'impressions': \"99999999999999999999\" is too large; "
                + "expected at most 9223372036854775807"
        ),
        ("number-nan.csv", "number-nan.csv:2: column 'avg_watch_seconds': \"NaN\" \(notANumber)"),
        ("number-infinite.csv", "number-infinite.csv:2: column 'spend': \"inf\" \(notANumber)"),
        (
            "number-not-positive.csv",
            "number-not-positive.csv:2: column 'video_duration_seconds': \"0\" is not above zero; expected a number > 0"
        ),
        ("number-decimal-comma.csv", "number-decimal-comma.csv:2: column 'bitrate_kbps': \"1,5\" \(notANumber)"),
        (
            "unknown-platform.csv",
            "unknown-platform.csv:2: column 'platform': \"tiktak\" is not a known platform; expected one of: \(platforms)"
        ),
        (
            "unknown-format.csv",
            "unknown-format.csv:2: column 'format': \"gif\" is not a known format; "
                + "expected one of: video, image, carousel, story, text, live, audio"
        ),
        (
            "unknown-buying.csv",
            "unknown-buying.csv:2: column 'buying': \"rtb\" is not a known buying mode; "
                + "expected one of: social, open_exchange, pmp, direct, organic"
        ),
        (
            "device-shares-sum.csv",
            "device-shares-sum.csv:2: column 'device': \"mobile:0.8;desktop:0.3\" is not a device mix; "
                + "its shares must sum to 1"
        ),
        (
            "device-unknown.csv",
            "device-unknown.csv:2: column 'device': \"phone\" is not a device mix; "
                + "expected mobile, desktop, tablet, tv or shares such as mobile:0.8;desktop:0.2"
        ),
        ("country-unknown.csv", "country-unknown.csv:2: column 'country': \"XX\" \(notACountry)"),
        ("country-alpha3.csv", "country-alpha3.csv:2: column 'country': \"fra\" is an alpha-3 code; write FR"),
        (
            "resolution-unknown.csv",
            "resolution-unknown.csv:2: column 'resolution': \"4k\" is not a known resolution; "
                + "expected one of: 480p, 720p, 1080p"
        ),
        ("date-not-in-calendar.csv", "date-not-in-calendar.csv:2: column 'start_date': \"2026-02-30\" \(notADate)"),
        ("date-wrong-format.csv", "date-wrong-format.csv:2: column 'end_date': \"03/01/2026\" \(notADate)"),
        (
            "end-before-start.csv",
            "end-before-start.csv:2: column 'end_date': \"2026-03-01\" is before start_date \"2026-03-10\"; "
                + "expected an end on or after the start"
        ),
        (
            "currency-invalid.csv",
            "currency-invalid.csv:2: column 'currency': \"euro\" is not a currency code; "
                + "expected three letters (ISO 4217), such as EUR"
        ),
        (
            "reach-above-impressions.csv",
            "reach-above-impressions.csv:2: column 'reach': \"5000\" is more than impressions (4000); "
                + "expected reach ≤ impressions"
        ),
        (
            "duplicate-line-item.csv",
            "duplicate-line-item.csv:4: column 'line_item': \"a\" is already the line item of line 2; "
                + "expected each row to have its own"
        ),
        (
            "empty-line-item.csv",
            "empty-line-item.csv:3: column 'line_item': missing; every row needs an identifier, unique within the file"
        ),
        (
            "empty-platform.csv",
            "empty-platform.csv:2: column 'platform': missing; expected one of: \(platforms)"
        ),
        (
            "no-activity-in-row.csv",
            "no-activity-in-row.csv:2: column 'impressions': missing; every row needs impressions or video_views"
        ),
        (
            "too-many-fields.csv",
            "too-many-fields.csv:2: row has 5 fields but the header has 4; quote values that contain commas"
        ),
        ("too-few-fields.csv", "too-few-fields.csv:2: row has 3 fields but the header has 4; add the missing commas"),
        (
            "unterminated-quote.csv",
            "unterminated-quote.csv:3: column 'campaign': quoted field \"spring,tiktok,2\\u{A}c,spring,tiktok,3\\u{A}\" "
                + "opened on line 3 never closes; "
                + "add the closing '\"'"
        ),
        (
            "stray-quote.csv",
            "stray-quote.csv:2: column 'campaign': '\"' inside the unquoted field \"spring \\\"24\"; \(quoteHint)"
        ),
        (
            "text-after-quote.csv",
            "text-after-quote.csv:2: column 'campaign': text after the closing '\"' of the quoted field "
                + "\"\\\"spring\\\" 24\"; \(quoteHint)"
        ),
        (
            "invalid-utf8.csv",
            "invalid-utf8.csv:2: column 'campaign': bytes that are not UTF-8 in \"caf\\xE9\"; save the file as UTF-8"
        ),
        (
            "nul-byte.csv",
            "nul-byte.csv:2: column 'campaign': NUL byte in \"spr\\u{0}ing\"; save the file as UTF-8 text "
                + "(not UTF-16 or a spreadsheet)"
        ),
        (
            "several-bad-rows.csv",
            """
            several-bad-rows.csv:3: column 'platform': "facebook" is not a known platform; expected one of: \(platforms)
            several-bad-rows.csv:3: column 'ivt_rate': "2" is not a rate; write 0.02 or 2%
            several-bad-rows.csv:4: column 'impressions': "ten" \(notACount)
            several-bad-rows.csv:4: column 'country': "ZZ" \(notACountry)
            """
        ),
    ]

    @Test(arguments: cases)
    func reportsExactly(file: String, expected: String) throws {
        let reader = CampaignReader()
        let error = try #require(throws: InputErrors.self) {
            try reader.read(path: Fixtures.path("malformed/\(file)"), displayName: file, factorSet: .ingestTest) { _ in
            }
        }
        #expect(error.description == expected)
        #expect(error.diagnostics.allSatisfy { $0.severity == .error && $0.location?.file == file })
    }

    @Test func everyMalformedFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("malformed"))
        #expect(Set(files.filter { $0.hasSuffix(".csv") }) == Set(Self.cases.map(\.file)))
        #expect(Self.cases.count >= 25)
    }

    @Test func printsTheContractExample() throws {
        let reader = CampaignReader()
        let error = try #require(throws: InputErrors.self) {
            try reader.read(
                path: Fixtures.path("malformed/rate-above-one.csv"),
                displayName: "campaign.csv",
                factorSet: .ingestTest
            ) { _ in }
        }
        #expect(error.description == "campaign.csv:14: column 'ivt_rate': \"1.7\" is not a rate; write 0.017 or 1.7%")
        #expect(error.diagnostics.first?.code == "invalid-value")
    }
}
