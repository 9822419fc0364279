import SobrietyCore
import Testing

@testable import SobrietyIngest

/// The TOML inputs the fuzzers found aborting toml++ (`Tests/Fuzz/Open/README.md`) are errors with a line, and
/// the text around them that is valid TOML still parses.
@Suite struct TOMLDocumentTests {
    @Test(arguments: [
        ("x = [1979-05-27Tl07:32:0", 1, "not valid TOML: a date's 'T' or space must be followed by a time"),
        ("total = \"1t\"\nwhen = 2026-03-01T", 2, "not valid TOML: a date's 'T' or space must be followed by a time"),
        ("[#x]", 1, "not valid TOML: a table header's key must start with a letter, digit, '_', '-' or a quote"),
        (
            "a = 1\n[campaign. #x]", 2,
            "not valid TOML: a table header's key must start with a letter, digit, '_', '-' or a quote"
        ),
        (
            "[ = [07:32?7Tl07:l", 1,
            "not valid TOML: a table header's key must start with a letter, digit, '_', '-' or a quote"
        ),
        ("[a.=b]", 1, "not valid TOML: a table header's key must start with a letter, digit, '_', '-' or a quote"),
        ("x = [1979-05-27 0 [19790", 1, "not valid TOML: a date's 'T' or space must be followed by a time"),
        ("x = [}", 1, "not valid TOML: a value is missing after '[' or ','"),
        ("x = [1, ,2]", 1, "not valid TOML: a value is missing after '[' or ','"),
        ("[[ #x]]", 1, "not valid TOML: a table header's key must start with a letter, digit, '_', '-' or a quote"),
    ])
    func inputsThatAbortTheParserAreErrors(_ text: String, _ line: Int, _ message: String) {
        #expect(throws: TOMLDocument.SyntaxError.self) { try TOMLDocument.parse(text) }
        do {
            _ = try TOMLDocument.parse(text)
        } catch {
            #expect(error.line == line)
            #expect(error.message == message)
        }
    }

    @Test func theFuzzersAbortingInputsGiveABudgetFileError() {
        #expect(throws: BudgetFileError.self) { try BudgetFile(contents: "x = [1979-05-27Tl07:32:0", path: "b.toml") }
        #expect(throws: InputErrors.self) { try ExportPresetParser.parse("[#x]", path: "m.toml") }
    }

    @Test func validTextLikeThemStillParses() throws {
        _ = try TOMLDocument.parse(
            """
            # [#not a header] 2026-03-01Tx in a comment
            note = "2026-03-01T is text, [#x] too"
            when = 2026-03-01T10:00:00Z
            list = [1, 2, ] # a trailing comma, [} in a comment
            empty = []
            inline = { a = 1 }
            day = 2026-03-01
            local = 2026-03-01 10:00:00
            days = [2026-03-01, 2026-03-02 ]
            [campaign."#1 launch"] # a comment after a header
            total = "1t"
            """
        )
        let file = try BudgetFile(
            contents: "# [#x] 2026-03-01Tx\n[campaign.\"#1 launch\"]\ntotal = \"1t\"",
            path: "b.toml"
        )
        #expect(file.budgets.map(\.scope) == [BudgetScope(.campaign, "#1 launch")])
    }
}
