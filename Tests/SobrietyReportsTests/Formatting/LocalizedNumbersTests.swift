import SobrietyCore
import Testing

@testable import SobrietyReports

/// The number conventions of each language's `number.*` keys.
@Suite struct LocalizedNumbersTests {
    private func numbers(_ code: ReportLanguageCode) -> ReportNumberFormatter {
        ReportLanguage.bundled(code).numbers
    }

    @Test(arguments: [
        (ReportLanguageCode.english, "12,345.6"), (.french, "12\u{202F}345,6"), (.german, "12.345,6"),
        (.polish, "12\u{00A0}345,6"), (.korean, "12,345.6"), (.chinese, "12,345.6"),
    ])
    func decimalsAndGrouping(code: ReportLanguageCode, expected: String) throws {
        #expect(try numbers(code).plain(12_345.6) == expected)
    }

    @Test(arguments: [
        (ReportLanguageCode.english, "29.0%"), (.french, "29,0\u{202F}%"), (.german, "29,0\u{00A0}%"),
        (.polish, "29,0%"), (.korean, "29.0%"), (.chinese, "29.0%"),
    ])
    func percentages(code: ReportLanguageCode, expected: String) throws {
        #expect(try numbers(code).percent(0.29) == expected)
    }

    @Test func polishGroupsOnlyFromFiveDigits() throws {
        let polish = numbers(.polish)

        #expect(polish.count(1_234) == "1234")
        #expect(polish.count(12_345) == "12\u{00A0}345")
        #expect(polish.count(1_234_567) == "1\u{00A0}234\u{00A0}567")
        #expect(polish.count(-1_234) == "-1234")
    }

    @Test func unitsStaySymbols() throws {
        let mass = GramsCO2e(grams: 4_910_000)

        #expect(try numbers(.english).mass(mass) == "4.91 t")
        #expect(try numbers(.french).mass(mass) == "4,91\u{00A0}t")
        #expect(try numbers(.german).mass(GramsCO2e(grams: 1_560)) == "1,56\u{00A0}kg")
        #expect(try numbers(.chinese).mass(GramsCO2e(grams: 412)) == "412 g")
    }
}

/// Sentences that agree with a count, and ordinals, in each language.
@Suite struct LocalizedGrammarTests {
    private func strings(_ code: ReportLanguageCode) -> ReportStrings {
        ReportLanguage.bundled(code).strings
    }

    @Test func polishPicksOneFewOrMany() {
        let polish = strings(.polish)

        #expect(polish.biggestLevers(1) == "Największa dźwignia:")
        #expect(polish.biggestLevers(3) == "3 największe dźwignie:")
        #expect(polish.biggestLevers(5) == "5 największych dźwigni:")
        #expect(polish.warningCount(22) == "22 ostrzeżenia; wymieniają je raporty Markdown i JSON.")
        #expect(polish.warningCount(12) == "12 ostrzeżeń; wymieniają je raporty Markdown i JSON.")
    }

    @Test func frenchAndEnglishSingularAndPlural() {
        #expect(strings(.french).warningCount(1).hasPrefix("1 avertissement\u{202F};"))
        #expect(strings(.french).warningCount(2).hasPrefix("2 avertissements\u{202F};"))
        #expect(strings(.english).biggestLevers(1) == "The biggest lever:")
        #expect(strings(.english).biggestLevers(3) == "The 3 biggest levers:")
        #expect(strings(.english).warningCount(0) == "No warnings.")
    }

    @Test func koreanAndChineseHaveOneForm() {
        #expect(strings(.korean).biggestLevers(1) == "효과가 가장 큰 레버 1개:")
        #expect(strings(.chinese).biggestLevers(3) == "效果最大的 3 项杠杆：")
    }

    @Test(arguments: [
        (ReportLanguageCode.english, "5th–95th percentile"), (.french, "5e–95e centile"),
        (.german, "5.–95. Perzentil"), (.polish, "5.–95. percentyl"), (.korean, "5–95 백분위 구간"),
        (.chinese, "第5至第95百分位数"),
    ])
    func percentilesAreOrdinals(code: ReportLanguageCode, expected: String) throws {
        #expect(try ReportLanguage.bundled(code).percentiles(RangeSettings(draws: 10, seed: 1)) == expected)
    }

    @Test func englishOrdinalsFollowTheLastDigits() {
        let english = strings(.english)
        let ordinals = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map { english.ordinal(Double($0), String($0)) }

        #expect(ordinals == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st"])
        #expect(english.ordinal(97.5, "97.5") == "97.5th")
        #expect(strings(.french).ordinal(1, "1") == "1er")
    }
}
