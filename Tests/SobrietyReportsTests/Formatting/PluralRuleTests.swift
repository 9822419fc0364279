import Testing

@testable import SobrietyReports

@Suite struct PluralRuleTests {
    @Test(arguments: [
        (0, PluralCategory.many), (1, .one), (2, .few), (4, .few), (5, .many), (11, .many), (12, .many),
        (14, .many), (21, .many), (22, .few), (104, .few), (112, .many), (1_000, .many),
    ])
    func polishCardinals(number: Int, expected: PluralCategory) {
        #expect(PluralRule.polish.category(for: number) == expected)
    }

    @Test func frenchCountsZeroAndOneAsSingular() {
        let rule = ReportLanguageCode.french.cardinalRule

        #expect([0, 1, 2, 10].map(rule.category(for:)) == [.one, .one, .other, .other])
    }

    @Test(arguments: [
        (1, PluralCategory.one), (2, .two), (3, .few), (4, .other), (5, .other), (11, .other), (12, .other),
        (13, .other), (21, .one), (22, .two), (95, .other), (101, .one), (111, .other),
    ])
    func englishOrdinals(number: Int, expected: PluralCategory) {
        #expect(PluralRule.englishOrdinal.category(for: number) == expected)
    }

    @Test func aNumberThatIsNotWholeTakesOther() {
        #expect(PluralRule.englishOrdinal.category(for: 97.5) == .other)
        #expect(PluralRule.oneForExactlyOne.category(for: 1.0) == .one)
    }

    @Test func koreanAndChineseHaveOneForm() {
        #expect(ReportLanguageCode.korean.cardinalRule.categories == [.other])
        #expect(ReportLanguageCode.chinese.cardinalRule.categories == [.other])
    }
}
