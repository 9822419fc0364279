import Testing

@testable import SobrietyReports

@Suite struct DisplayWidthTests {
    @Test func wideCharactersTakeTwoColumns() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("서울") == 4)
        #expect(DisplayWidth.of("抖音") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func truncationKeepsWithinTheWidth() {
        #expect(DisplayWidth.truncated("abcdefgh", to: 5) == "abcd…")
        #expect(DisplayWidth.truncated("abc", to: 5) == "abc")
        #expect(DisplayWidth.of(DisplayWidth.truncated("서울특별시 캠페인", to: 6)) <= 6)
    }
}
