import SobrietyCore
import Testing

@testable import SobrietyIngest

/// Runs `body` on the UTF-8 bytes of `text`.
private func withBytes<Result>(_ text: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    Array(text.utf8).withUnsafeBytes(body)
}

@Suite struct NumberSyntaxTests {
    @Test(arguments: [
        ("0", NumberSyntax.CountReading.count(0)),
        ("12000", .count(12_000)),
        ("007", .count(7)),
        ("9223372036854775807", .count(Int.max)),
        ("9223372036854775808", .tooLarge),
        ("99999999999999999999", .tooLarge),
        ("-3", .negative),
        ("-", .notACount),
        ("12k", .notACount),
        ("1.5", .notACount),
        ("1e6", .notACount),
        ("+5", .notACount),
        ("1 000", .notACount),
        ("", .notACount),
    ])
    func readsCounts(_ text: String, _ expected: NumberSyntax.CountReading) {
        #expect(withBytes(text) { NumberSyntax.count($0) } == expected)
    }

    @Test(arguments: [
        "0", "12.5", "-2", ".5", "5.", "0.1", "0.3", "1e3", "1E-3", "2.5e+2", "123456789012345678901234", "0.000001",
        "3.141592653589793238", "1e-30", "1e300", "6.02214076e23", "0.00000000000000000000000000001",
    ])
    func readsDecimalsLikeTheStandardLibrary(_ text: String) {
        #expect(withBytes(text) { NumberSyntax.decimal($0) } == Double(text))
    }

    @Test(arguments: [
        "", "-", ".", "1,5", "NaN", "nan", "inf", "-inf", "infinity", "0x10", "1e", "1e+", "+1", "1..2",
        "1.2.3", "1e400", "12 ", "e5", "1_000",
    ])
    func rejectsWhatIsNotAFiniteDecimal(_ text: String) {
        #expect(withBytes(text) { NumberSyntax.decimal($0) } == nil)
    }

    @Test func scalesExactly() {
        #expect(withBytes("1.7") { NumberSyntax.decimal($0, scale: -2) } == 0.017)
        #expect(withBytes("72") { NumberSyntax.decimal($0, scale: -2) } == 0.72)
    }

    @Test(arguments: [
        ("0.72", NumberSyntax.RateReading.rate(0.72)),
        ("72%", .rate(0.72)),
        ("72 %", .rate(0.72)),
        ("1.5%", .rate(0.015)),
        ("0", .rate(0)),
        ("1", .rate(1)),
        ("100%", .rate(1)),
        ("1.7", .bareAboveOne(1.7)),
        ("150", .bareAboveOne(150)),
        ("140%", .percentageAboveHundred),
        ("-0.1", .negative),
        ("-5%", .negative),
        ("%", .notARate),
        ("high", .notARate),
        ("0,5", .notARate),
    ])
    func readsRates(_ text: String, _ expected: NumberSyntax.RateReading) {
        #expect(withBytes(text) { NumberSyntax.rate($0) } == expected)
    }
}

@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("1.7", "0.017"), ("72", "0.72"), ("100", "1"), ("12.50", "0.125"), ("5.", "0.05"), ("250", "2.5"),
        ("1.05", "0.0105"), ("007", "0.07"),
    ])
    func dividesByAHundredInText(_ text: String, _ expected: String) {
        #expect(DecimalText.dividedByHundred(text, value: Double(text) ?? 0) == expected)
    }

    @Test func fallsBackForExponents() {
        #expect(DecimalText.dividedByHundred("2e0", value: 2) == "0.02")
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: ["2026-03-31", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
    func acceptsRealDays(_ text: String) {
        #expect(withBytes(text) { CalendarDate.isValid($0) })
    }

    @Test(arguments: [
        "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01",
        "2026-3-1", "2026/03/01", "03/01/2026", "20260301", "2026-03-01T00:00", "",
    ])
    func rejectsOthers(_ text: String) {
        #expect(!withBytes(text) { CalendarDate.isValid($0) })
    }
}

@Suite struct KeyLookupTests {
    @Test func foldsKeys() {
        let lookup = KeyLookup(
            [("open_web", 1), ("wechat_channels", 2), ("a_key_longer_than_sixteen", 3)],
            folding: .lowercaseKey
        )
        #expect(withBytes("Open Web") { lookup.value(for: $0) } == 1)
        #expect(withBytes("open-web") { lookup.value(for: $0) } == 1)
        #expect(withBytes("WECHAT_CHANNELS") { lookup.value(for: $0) } == 2)
        #expect(withBytes("A Key Longer Than Sixteen") { lookup.value(for: $0) } == 3)
        #expect(withBytes("open_web ") { lookup.value(for: $0) } == nil)
        #expect(withBytes("openweb") { lookup.value(for: $0) } == nil)
        #expect(withBytes("") { lookup.value(for: $0) } == nil)
    }

    @Test func foldsCodesToUpperCase() {
        let lookup = KeyLookup([("FR", "FR"), ("WORLD", "WORLD")], folding: .uppercase)
        #expect(withBytes("fr") { lookup.value(for: $0) } == "FR")
        #expect(withBytes("World") { lookup.value(for: $0) } == "WORLD")
        #expect(withBytes("F") { lookup.value(for: $0) } == nil)
    }
}

@Suite struct ByteTextTests {
    @Test func trimsSpacesAndTabs() {
        #expect(withBytes(" \t a b \t") { String(decoding: $0.trimmingSpaces, as: UTF8.self) } == "a b")
        #expect(withBytes("   ") { $0.trimmingSpaces.isEmpty })
    }

    @Test func quotesValuesShortAndOnOneLine() {
        #expect(withBytes("a\nb") { $0.quotedForMessage } == "\"a\\nb\"")
        let long = String(repeating: "x", count: 60)
        #expect(withBytes(long) { $0.quotedForMessage } == "\"\(String(repeating: "x", count: 39))…\"")
    }

    @Test func loadsUpToEightBytesAsALittleEndianWord() {
        let text = "abcdefghij"
        for offset in 0..<text.utf8.count {
            let expected = text.utf8.dropFirst(offset).prefix(8).enumerated().reduce(UInt64(0)) {
                $0 | UInt64($1.element) << (8 * $1.offset)
            }
            #expect(withBytes(text) { $0.zeroPaddedWord(fromByteOffset: offset) } == expected)
        }
    }
}
