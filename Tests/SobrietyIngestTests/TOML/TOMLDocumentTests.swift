import Foundation
import SobrietyCore
import Testing

@testable import SobrietyIngest

/// `TOMLDocument` reads TOML 1.0 as the specification's examples write it, and gives every malformed
/// input, the ones that aborted toml++ included (`Tests/Fuzz/Open/README.md`), an error with its line,
/// its column, what was found and what was expected.
@Suite struct TOMLDocumentTests {
    // MARK: Values

    @Test(arguments: [
        ("x = \"a\\tb \\\"q\\\" \\\\ \\u00E9 \\U0001F600\"", TOMLValue.string("a\tb \"q\" \\ é 😀")),
        ("x = 'C:\\Users\\nodejs'", .string("C:\\Users\\nodejs")),
        ("x = \"\"\"\nRoses\nViolets\"\"\"", .string("Roses\nViolets")),
        ("x = \"\"\"\r\nOne\r\nTwo\"\"\"", .string("One\nTwo")),
        ("x = \"\"\"The quick \\\n\n   brown fox\"\"\"", .string("The quick brown fox")),
        (
            "x = \"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\"",
            .string("Here are two quotation marks: \"\". Simple enough.")
        ),
        ("x = \"\"\"\"\"This,\" she said\"\"\"\"\"", .string("\"\"This,\" she said\"\"")),
        ("x = '''\nI [dw]on't need \\d{2} apples'''", .string("I [dw]on't need \\d{2} apples")),
        ("x = ''''That,' she said, 'is still pointless.''''", .string("'That,' she said, 'is still pointless.'")),
        ("x = \"\"", .string("")),
        ("x = +99", .integer(99)),
        ("x = -17", .integer(-17)),
        ("x = 0", .integer(0)),
        ("x = 1_000_000", .integer(1_000_000)),
        ("x = 0xDEAD_beef", .integer(0xDEAD_BEEF)),
        ("x = 0o755", .integer(0o755)),
        ("x = 0b1101", .integer(0b1101)),
        ("x = 9223372036854775807", .integer(Int.max)),
        ("x = -9223372036854775808", .integer(Int.min)),
        ("x = 6.626e-34", .float(6.626e-34)),
        ("x = -0.01", .float(-0.01)),
        ("x = 5e+22", .float(5e22)),
        ("x = 224_617.445_991", .float(224_617.445_991)),
        ("x = 1E06", .float(1e6)),
        ("x = -inf", .float(-.infinity)),
        ("x = true", .boolean(true)),
        ("x = false", .boolean(false)),
        ("x = 1979-05-27T07:32:00Z", .dateTime("1979-05-27T07:32:00Z")),
        ("x = 1979-05-27T00:32:00.999999-07:00", .dateTime("1979-05-27T00:32:00.999999-07:00")),
        ("x = 1979-05-27 07:32:00", .dateTime("1979-05-27 07:32:00")),
        ("x = 2024-02-29", .dateTime("2024-02-29")),
        ("x = 07:32:00", .dateTime("07:32:00")),
        ("x = [ 1, 2, 3, ]", .array([.integer(1), .integer(2), .integer(3)])),
        ("x = [\n  \"a\", # first\n  [\"b\"],\n]", .array([.string("a"), .array([.string("b")])])),
        ("x = []", .array([])),
        ("x = [1, 'two', 3.0]", .array([.integer(1), .string("two"), .float(3)])),
    ])
    func valuesAreReadAsTheSpecificationWritesThem(_ text: String, _ value: TOMLValue) throws {
        #expect(try TOMLDocument.parse(text)["x"] == value)
    }

    @Test func notANumberIsAFloat() throws {
        #expect(try TOMLDocument.parse("x = nan")["x"]?.floatValue?.isNaN == true)
    }

    // MARK: Tables

    @Test func tablesKeepTheirKeysInTheOrderWrittenWithTheirLines() throws {
        let document = try TOMLDocument.parse(
            """
            title = "plan" # a comment
            "quoted key" = 1
            site."google.com" = true

            [platform.tiktok]
            total = "300kg"

            [campaign.'Spring launch']
            total = "1t"
            point = { x = 1, y.z = 2 }
            """
        )
        #expect(document.keys == ["title", "quoted key", "site", "platform", "campaign"])
        #expect(document["site"]?.tableValue?["google.com"] == .boolean(true))
        #expect(document.line(ofKey: "platform") == 5)
        let platform = try #require(document["platform"]?.tableValue)
        #expect(platform.line(ofKey: "tiktok") == 5)
        #expect(platform["tiktok"]?.tableValue?.line(ofKey: "total") == 6)
        let launch = try #require(document["campaign"]?.tableValue?["Spring launch"]?.tableValue)
        #expect(launch.keys == ["total", "point"])
        #expect(launch["point"]?.tableValue?["y"]?.tableValue?["z"] == .integer(2))
    }

    @Test func arraysOfTablesAndTheirSubTables() throws {
        let document = try TOMLDocument.parse(
            """
            [[fruits]]
            name = "apple"
            [fruits.physical]
            color = "red"
            [[fruits.varieties]]
            name = "red delicious"
            [[fruits]]
            name = "banana"
            """
        )
        let fruits = try #require(document["fruits"]?.arrayValue).compactMap(\.tableValue)
        #expect(fruits.map { $0["name"] } == [.string("apple"), .string("banana")])
        #expect(fruits[0]["physical"]?.tableValue?["color"] == .string("red"))
        #expect(fruits[0]["varieties"]?.arrayValue?.count == 1)
    }

    @Test func headersMayDefineTablesNamedOnTheWayAndSubTablesOfDottedOnes() throws {
        let document = try TOMLDocument.parse(
            "[x.y.z]\na = 1\n[x]\nb = 2\n[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true"
        )
        #expect(document["x"]?.tableValue?.keys == ["y", "b"])
        #expect(document["fruit"]?.tableValue?["apple"]?.tableValue?.keys == ["color", "texture"])
    }

    @Test func aByteOrderMarkCRLFAndAnEmptyDocumentAreFine() throws {
        #expect(try TOMLDocument.parse("\u{FEFF}a = 1\r\nb = 2\r\n")["b"] == .integer(2))
        #expect(try TOMLDocument.parse("").keys.isEmpty)
        #expect(try TOMLDocument.parse("# only a comment").keys.isEmpty)
    }

    // MARK: Errors

    @Test(arguments: [
        // The inputs that aborted toml++ (Tests/Fuzz/Seeds, Tests/Fuzz/Open).
        (
            "x = [1979-05-27Tl07:32:0", 1, 6,
            "1979-05-27Tl07:32:0 is not a date or time: expected 1979-05-27, 07:32:00, "
                + "1979-05-27T07:32:00 or 1979-05-27T07:32:00Z (with a time zone such as Z or +01:00)"
        ),
        ("[#x]", 1, 2, "expected a key (letters, digits, \"_\", \"-\" or a quoted string), found \"#\""),
        (
            "a = 1\n[campaign. #x]", 2, 12,
            "expected a key (letters, digits, \"_\", \"-\" or a quoted string), found \"#\""
        ),
        ("[ = [07:32?7Tl07:l", 1, 3, "expected a key (letters, digits, \"_\", \"-\" or a quoted string), found \"=\""),
        ("x = [1979-05-27 0 [19790", 1, 17, "expected \",\" or \"]\" in the array, found \"0\""),
        (
            "x = [1A79-05-27 0 ", 1, 6,
            "1A79-05-27 is not a value: expected a string, a number, true, false, a date, "
                + "an array or an inline table"
        ),
        (
            "x = [}", 1, 6,
            "expected a value (a string, a number, true, false, a date, an array or an inline table), "
                + "found \"}\""
        ),
        (
            "x = [1, ,2]", 1, 9,
            "expected a value (a string, a number, true, false, a date, an array or an inline table), "
                + "found \",\""
        ),
        // Keys and tables defined twice.
        ("a = 1\na = 2", 2, 1, "\"a\" is already defined on line 1"),
        ("[a]\n[a]", 2, 1, "[a] is already defined on line 1"),
        ("a.b = 1\n[a]", 2, 1, "[a] is already defined on line 1"),
        ("[a]\nb.c = 1\n[a.b]", 3, 1, "[a.b] is already defined on line 2"),
        ("a = {}\n[a.b]", 2, 1, "\"a\" is already defined on line 1, and cannot be added to here"),
        (
            "a = [1]\n[[a]]", 2, 1,
            "[[a]] names \"a\", already defined on line 1 as something other than an array of tables"
        ),
        ("[[a]]\n[a]", 2, 1, "[a] is already defined on line 1"),
        ("[a.b.c]\n[a]\nb.c.d = 1", 3, 1, "\"b.c\" is already defined on line 1, and cannot be added to here"),
        ("x = { a = 1, a = 2 }", 1, 14, "\"a\" is already defined on line 1"),
        // Keys, values and lines.
        ("x", 1, 2, "expected \"=\" after the key x, found the end of the file"),
        (
            "x = ", 1, 5,
            "expected a value (a string, a number, true, false, a date, an array or an inline table), "
                + "found the end of the file"
        ),
        ("x = 1 2", 1, 7, "expected the end of the line, found \"2\""),
        ("x = \"open", 1, 10, "the string is not closed: expected \" before the end of the line"),
        ("x = 'open\ny = 1", 1, 10, "the string is not closed: expected ' before the end of the line"),
        (
            "x = \"\"\"never closed", 1, 20,
            "the multi-line string is not closed: expected \"\"\" before the end of the file"
        ),
        (
            "x = \"\\q\"", 1, 6,
            "\\q is not an escape: expected \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX or \\UXXXXXXXX"
        ),
        ("x = \"\\uD800\"", 1, 6, "U+D800 is not a Unicode scalar value, so it cannot be escaped"),
        ("x = \"\\u12\"", 1, 6, "a \\u escape needs 4 hexadecimal digits and a \\U escape 8"),
        ("x = \"a\u{7}b\"", 1, 7, "a string holds the control character U+0007: escape it, such as \\u0007"),
        ("x = 1 # bell \u{7}", 1, 14, "a comment holds the control character U+0007"),
        ("x = 1\ry = 2", 1, 6, "a carriage return must be followed by a line feed"),
        (
            "x = { a = 1,\n b = 2 }", 1, 13,
            "expected a key (letters, digits, \"_\", \"-\" or a quoted string), "
                + "found the end of the line"
        ),
        ("x = { a = 1, }", 1, 14, "expected a key (letters, digits, \"_\", \"-\" or a quoted string), found \"}\""),
        ("x = [1 2]", 1, 8, "expected \",\" or \"]\" in the array, found \"2\""),
        ("[a", 1, 3, "expected \"]\" to close the table header, found the end of the file"),
        ("[[a]", 1, 5, "expected \"]]\" to close the table header, found the end of the file"),
        ("é = 1", 1, 1, "expected a key (letters, digits, \"_\", \"-\" or a quoted string), found \"é\""),
        (
            "x = é", 1, 5,
            "expected a value (a string, a number, true, false, a date, an array or an inline table), "
                + "found \"é\""
        ),
        // Numbers and dates.
        ("x = 012", 1, 5, "012 has a leading zero, which TOML does not allow"),
        (
            "x = 1__000", 1, 5,
            "1__000 is not a value: expected a string, a number, true, false, a date, an array or an "
                + "inline table"
        ),
        ("x = 1.", 1, 5, "1. needs digits after its decimal point"),
        ("x = 1e", 1, 5, "1e needs digits in its exponent"),
        ("x = 1e400", 1, 5, "1e400 is too large for a float"),
        (
            "x = 9223372036854775808", 1, 5,
            "9223372036854775808 is outside the integers TOML allows, "
                + "-9223372036854775808 to 9223372036854775807"
        ),
        (
            "x = 0x1_0000_0000_0000_0000", 1, 5,
            "0x1_0000_0000_0000_0000 is larger than the largest integer, "
                + "9223372036854775807"
        ),
        ("x = 0xG", 1, 5, "0xG is not a base-16 integer"),
        ("x = 2023-02-29", 1, 5, "2023-02-29 is not a date: there is no day 29 in month 2 of 2023"),
        (
            "x = 1979-05-27T25:00:00", 1, 5,
            "1979-05-27T25:00:00 is not a time: hours go to 23, minutes to 59 and "
                + "seconds to 60"
        ),
        (
            "x = 07:32", 1, 5,
            "07:32 is not a date or time: expected 1979-05-27, 07:32:00, 1979-05-27T07:32:00 or "
                + "1979-05-27T07:32:00Z (with a time zone such as Z or +01:00)"
        ),
    ])
    func malformedTextIsAnErrorAtItsLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        do {
            _ = try TOMLDocument.parse(text)
            Issue.record("\(text.debugDescription) was read")
        } catch {
            #expect(
                error == TOMLDocument.SyntaxError(line: line, column: column, message: "not valid TOML: \(message)")
            )
        }
    }

    @Test func nestingDeeperThanTheLimitIsAnErrorNotADeepRecursion() {
        let depth = TOMLDocument.maximumDepth + 1
        let cases = [
            "x = " + String(repeating: "[", count: depth),
            "x = " + String(repeating: "{a=", count: depth),
            "[" + Array(repeating: "a", count: depth).joined(separator: ".") + "]",
            String(repeating: "[", count: 100_000),
        ]
        for text in cases {
            #expect(throws: TOMLDocument.SyntaxError.self) { try TOMLDocument.parse(text) }
        }
        let deepest =
            "x = " + String(repeating: "[", count: TOMLDocument.maximumDepth - 1)
            + String(repeating: "]", count: TOMLDocument.maximumDepth - 1)
        #expect(throws: Never.self) { try TOMLDocument.parse(deepest) }
    }

    /// Every seed the fuzzers start from, the aborting ones included, is read or refused, never a crash.
    @Test func theFuzzSeedsAreReadOrRefused() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Fuzz/Seeds").standardized
        let files = try ["budget-file", "mapping"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: seeds.appendingPathComponent(folder).path)
                .map { seeds.appendingPathComponent(folder).appendingPathComponent($0) }
        }
        #expect(files.count >= 10)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            _ = try? TOMLDocument.parse(text)
        }
    }

    @Test func theReadersNameTheLineOfTheSyntaxError() {
        #expect(
            throws: BudgetFileError(
                path: "b.toml",
                line: 1,
                problem: "column 6: not valid TOML: 1979-05-27Tl07:32:0 "
                    + "is not a date or time: expected 1979-05-27, 07:32:00, 1979-05-27T07:32:00 or 1979-05-27T07:32:00Z "
                    + "(with a time zone such as Z or +01:00)"
            )
        ) {
            try BudgetFile(contents: "x = [1979-05-27Tl07:32:0", path: "b.toml")
        }
        #expect(throws: InputErrors.self) { try ExportPresetParser.parse("[#x]", path: "m.toml") }
        #expect(
            throws: BrandFileError(
                path: "brand.toml",
                problem: "line 2, column 13: not valid TOML: expected the end of "
                    + "the line, found \"M\""
            )
        ) {
            try BrandFile(contents: "agency = \"North\"\nclient = 12 Media", path: "brand.toml")
        }
    }
}
