import Testing

@testable import SobrietyReports

@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("a|b", "a\\|b"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("# heading", "\\# heading"),
        ("issue #4", "issue #4"),
        ("*em* _em_ `code` ~del~", "\\*em\\* \\_em\\_ \\`code\\` \\~del\\~"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("back\\slash", "back\\\\slash"),
        ("AT&T", "AT&amp;T"),
        ("two\r\nlines\nand\ttab", "two lines and tab"),
        ("pipe|\u{301}mark", "pipe\\|\u{301}mark"),
        ("서울 캠페인", "서울 캠페인"),
    ])
    func inputReadsAsText(input: String, expected: String) {
        #expect(MarkdownEscaping.text(input) == expected)
    }

    @Test func webAddressesBecomeLinksAndOthersStayText() {
        #expect(MarkdownEscaping.link("https://ember-energy.org/data/") == "<https://ember-energy.org/data/>")
        #expect(MarkdownEscaping.link("javascript:alert(1)") == "javascript:alert(1)")
        #expect(MarkdownEscaping.link("https://x.org/a b") == "https://x.org/a b")
        #expect(MarkdownEscaping.link("https://x.org/<script>") == "https://x.org/&lt;script&gt;")
    }
}
