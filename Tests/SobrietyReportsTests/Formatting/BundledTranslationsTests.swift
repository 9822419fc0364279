import Foundation
import Testing

@testable import SobrietyReports

/// The guard that the translations built into the binary are `Reports/translations/`, and its generator.
///
/// `Sources/SobrietyReports/BundledTranslations.swift` is rendered from the `*.json` files of
/// `Reports/translations/`. The test fails when the checked-in file differs from what the translations render;
/// with `RECORD_TRANSLATIONS=1` in the environment it rewrites the file instead, and reports that it did.
@Suite struct BundledTranslationsTests {
    private static let recordVariable = "RECORD_TRANSLATIONS"
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let generatedFile =
        repositoryRoot
        .appendingPathComponent("Sources/SobrietyReports/BundledTranslations.swift")

    @Test func generatedFileMatchesTranslations() throws {
        let rendered = BundledTranslationsRenderer().render(try TranslationFiles.tables())
        let checkedIn = try? String(contentsOf: Self.generatedFile, encoding: .utf8)
        guard rendered != checkedIn else { return }

        if ProcessInfo.processInfo.environment[Self.recordVariable] == "1" {
            try Data(rendered.utf8).write(to: Self.generatedFile, options: .atomic)
            Issue.record(
                """
                Recorded \(Self.generatedFile.path) from Reports/translations/; run the tests again without \
                \(Self.recordVariable).
                """
            )
        } else {
            Issue.record(
                """
                \(Self.generatedFile.path) does not match Reports/translations/. After changing a translation, \
                regenerate it with
                \(Self.recordVariable)=1 swift test --filter BundledTranslations
                """
            )
        }
    }

    @Test func builtInTablesAreTheTranslationFiles() throws {
        let files = try TranslationFiles.tables()

        #expect(BundledTranslations.tables.keys.sorted() == files.keys.sorted())
        for (code, table) in files {
            #expect(BundledTranslations.tables[code] == table, "\(code).json differs from the built-in table")
        }
    }

    @Test func everyLanguageHasATranslationFile() throws {
        let codes = try TranslationFiles.tables().keys.sorted()

        #expect(codes == ReportLanguageCode.allCases.map(\.rawValue).sorted())
    }

    // MARK: - The renderer's literals

    @Test(arguments: [
        "", "a", "quotes \" and \\ backslash", "line\nbreak", "tab\there", "\u{202F}%", "\u{00A0}t",
        "\u{1}control\u{7F}", "interpolation \\(x) stays text", "ünïcödé × ≤ → 🌍 노출 曝光",
    ])
    func rendersLiteralsThatReadBackAsTheSameText(_ text: String) {
        let literal = BundledTranslationsRenderer().stringLiteral(text)

        #expect(SwiftStringLiteralReader.value(of: literal) == text)
    }
}

/// Renders `BundledTranslations.swift`: each language's table as a dictionary literal, keys sorted.
struct BundledTranslationsRenderer {
    private static let indentUnit = "    "
    private static let header = """
        // swift-format-ignore-file
        // Generated from Reports/translations/*.json by
        // Tests/SobrietyReportsTests/Formatting/BundledTranslationsTests.swift: do not edit.
        // After changing Reports/translations/, run `RECORD_TRANSLATIONS=1 swift test --filter BundledTranslations`.

        /// The tables of `Reports/translations/`, built into the binary so that a report needs no files.
        enum BundledTranslations {
            /// Each language's texts by key, by the language's code (the file's name without `.json`).
        """

    /// The Swift source of `BundledTranslations.swift` for these tables, by language code.
    func render(_ tables: [String: [String: String]]) -> String {
        let declaration = "\(Self.indentUnit)static let tables: [String: [String: String]] = ["
        guard !tables.isEmpty else { return Self.header + "\n" + declaration + ":]\n}\n" }
        let languageIndent = String(repeating: Self.indentUnit, count: 2)
        let entryIndent = String(repeating: Self.indentUnit, count: 3)
        var lines = [Self.header, declaration]
        for (code, table) in tables.sorted(by: { $0.key < $1.key }) {
            lines.append("\(languageIndent)\(stringLiteral(code)): [")
            for (key, text) in table.sorted(by: { $0.key < $1.key }) {
                lines.append("\(entryIndent)\(stringLiteral(key)): \(stringLiteral(text)),")
            }
            lines.append("\(languageIndent)],")
        }
        lines.append("\(Self.indentUnit)]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A one-line string literal whose value is `text`: quotes, backslashes and line breaks escaped, control
    /// characters and invisible spaces written as `\u{…}` so a reviewer sees them.
    func stringLiteral(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where Self.isInvisible(scalar):
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Control characters and the spaces that look like a plain space or like nothing.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
            || scalar.properties.generalCategory == .spaceSeparator
                && scalar != " "
            || scalar.properties.generalCategory == .format
    }
}

/// The `*.json` files of `Reports/translations/`, decoded with Foundation.
enum TranslationFiles {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Reports/translations")

    /// Each file's flat table of texts, by its name without `.json`.
    static func tables() throws -> [String: [String: String]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        return try Dictionary(
            uniqueKeysWithValues: names.map { name in
                let data = try Data(contentsOf: directory.appendingPathComponent(name))
                let table = try JSONDecoder().decode([String: String].self, from: data)
                return (String(name.dropLast(".json".count)), table)
            }
        )
    }
}

/// Reads back the value of a literal from ``BundledTranslationsRenderer/stringLiteral(_:)`` as the compiler
/// does, to test the renderer without compiling.
private enum SwiftStringLiteralReader {
    static func value(of literal: String) -> String? {
        guard literal.count >= 2, literal.hasPrefix("\""), literal.hasSuffix("\"") else { return nil }
        var result = ""
        var scalars = Substring(literal.dropFirst().dropLast()).unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\" else {
                guard scalar != "\"" else { return nil }
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalars.popFirst() {
            case "\"": result += "\""
            case "\\": result += "\\"
            case "n": result += "\n"
            case "t": result += "\t"
            case "u":
                guard scalars.popFirst() == "{", let end = scalars.firstIndex(of: "}"),
                    let value = UInt32(String(String.UnicodeScalarView(scalars[..<end])), radix: 16),
                    let decoded = Unicode.Scalar(value)
                else { return nil }
                result.unicodeScalars.append(decoded)
                scalars = scalars[scalars.index(after: end)...]
            default: return nil
            }
        }
        return result
    }
}
