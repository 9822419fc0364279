import Foundation
import Testing

@testable import SobrietyReports

/// The guard that the template built into the binary is `Reports/templates/report.html.mustache`, byte for byte.
///
/// `Sources/SobrietyReports/HTML/DefaultHTMLTemplate.swift` is generated from the template file. The test fails
/// when the two differ; with `RECORD_TEMPLATE=1` in the environment it rewrites the Swift file instead.
@Suite struct DefaultHTMLTemplateTests {
    private static let recordVariable = "RECORD_TEMPLATE"
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let templateFile = repositoryRoot.appendingPathComponent("Reports/templates/report.html.mustache")
    private static let generatedFile = repositoryRoot.appendingPathComponent(
        "Sources/SobrietyReports/HTML/DefaultHTMLTemplate.swift"
    )

    private static func templateText() throws -> String {
        let data = try Data(contentsOf: templateFile)
        return try #require(String(data: data, encoding: .utf8), "the template is not UTF-8")
    }

    @Test func builtInTemplateIsTheTemplateFileByteForByte() throws {
        let isIdentical = DefaultHTMLTemplate.text.utf8.elementsEqual(try Self.templateText().utf8)

        #expect(isIdentical, "regenerate with \(Self.recordVariable)=1 swift test --filter DefaultHTMLTemplateTests")
    }

    @Test func generatedFileMatchesTheTemplate() throws {
        let rendered = try DefaultHTMLTemplateRenderer().render(try Self.templateText())
        let checkedIn = try? String(contentsOf: Self.generatedFile, encoding: .utf8)
        guard rendered != checkedIn else { return }

        if ProcessInfo.processInfo.environment[Self.recordVariable] == "1" {
            try Data(rendered.utf8).write(to: Self.generatedFile, options: .atomic)
            Issue.record("Recorded \(Self.generatedFile.path); run the tests again without \(Self.recordVariable).")
        } else {
            Issue.record(
                """
                \(Self.generatedFile.path) does not match \(Self.templateFile.path). After changing the template, \
                regenerate it with \(Self.recordVariable)=1 swift test --filter DefaultHTMLTemplateTests
                """
            )
        }
    }

    @Test func builtInTemplateParses() throws {
        _ = try HTMLTemplate.standard()
    }
}

/// Renders `DefaultHTMLTemplate.swift`: the template as one multi-line raw string literal.
struct DefaultHTMLTemplateRenderer {
    /// Text the literal cannot hold as written: its closing delimiter, its escape introducer, carriage returns.
    private static let unsupported = ["\"\"\"#", "\\#", "\r"]
    private static let indentation = "        "

    /// A template the literal cannot hold.
    struct UnsupportedText: Error, CustomStringConvertible {
        var found: String
        var description: String {
            "the template contains \(found.debugDescription), which the generator does not escape"
        }
    }

    /// The Swift source of `DefaultHTMLTemplate.swift` for `template`.
    func render(_ template: String) throws -> String {
        if let found = Self.unsupported.first(where: template.contains) { throw UnsupportedText(found: found) }
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : Self.indentation + line
        }
        return """
            // Generated from Reports/templates/report.html.mustache by
            // Tests/SobrietyReportsTests/HTML/DefaultHTMLTemplateTests.swift: do not edit.
            // After changing the template, run `RECORD_TEMPLATE=1 swift test --filter DefaultHTMLTemplateTests`.

            /// The built-in HTML report template, compiled into the binary so that a release binary needs no files.
            enum DefaultHTMLTemplate {
                /// The exact text of `Reports/templates/report.html.mustache`.
                static let text = #\"\"\"
            \(lines.joined(separator: "\n"))
            \(Self.indentation)\"\"\"#
            }

            """
    }
}
