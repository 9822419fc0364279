import Foundation
import SobrietyCore
import Testing

@testable import SobrietyFactorStore

/// The guard that the factor set built into the binary is `Factors/`, byte for byte, and its generator.
///
/// `Sources/SobrietyFactorStore/BundledFactorTables.swift` is rendered from the `*.csv` files of `Factors/`.
/// The test fails when the checked-in file differs from what `Factors/` renders; with `RECORD_FACTORS=1` in the
/// environment it rewrites the file instead, and reports that it did.
@Suite struct BundledFactorTablesTests {
    private static let recordVariable = "RECORD_FACTORS"
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let factorsDirectory = repositoryRoot.appendingPathComponent("Factors")
    private static let generatedFile =
        repositoryRoot
        .appendingPathComponent("Sources/SobrietyFactorStore/BundledFactorTables.swift")

    /// The `*.csv` files of `Factors/`, sorted by name, with their exact contents.
    private static func factorFiles() throws -> [(name: String, contents: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: factorsDirectory.path)
        return try names.filter { $0.hasSuffix(".csv") }.sorted().map { name in
            let data = try Data(contentsOf: factorsDirectory.appendingPathComponent(name))
            let contents = try #require(String(data: data, encoding: .utf8), "Factors/\(name) is not UTF-8")
            return (name: name, contents: contents)
        }
    }

    @Test func generatedFileMatchesFactors() throws {
        let rendered = BundledFactorTablesRenderer().render(try Self.factorFiles())
        let checkedIn = try? String(contentsOf: Self.generatedFile, encoding: .utf8)
        guard rendered != checkedIn else { return }

        if ProcessInfo.processInfo.environment[Self.recordVariable] == "1" {
            try Data(rendered.utf8).write(to: Self.generatedFile, options: .atomic)
            Issue.record(
                "Recorded \(Self.generatedFile.path) from Factors/; run the tests again without \(Self.recordVariable)."
            )
        } else {
            Issue.record(
                """
                \(Self.generatedFile.path) does not match Factors/. After changing Factors/, regenerate it with
                \(Self.recordVariable)=1 swift test --filter BundledFactorTablesTests
                """
            )
        }
    }

    @Test func builtInTablesAreTheFactorFilesByteForByte() throws {
        let files = try Self.factorFiles()

        #expect(BundledFactorTables.files.map(\.name) == files.map(\.name))
        for (bundled, file) in zip(BundledFactorTables.files, files) {
            let isIdentical = bundled.contents.utf8.elementsEqual(file.contents.utf8)
            #expect(isIdentical, "\(file.name) differs from Factors/")
        }
    }

    @Test func bundledStoreLoadsTheFactorsDirectory() throws {
        let bundled = try FactorStore.bundled().factorSet()
        let fromDisk = try FactorStore.build(fromDirectory: Self.factorsDirectory.path).factorSet()

        #expect(bundled.identity.name == "sobriety-default")
        #expect(bundled.identity == fromDisk.identity, "the digest covers the whole content")
    }

    @Test func bundledDigestIsStable() throws {
        let first = try FactorStore.bundled().factorSet().identity.sha256
        let second = try FactorStore.bundled().factorSet().identity.sha256

        #expect(first == second)
        #expect(first.count == 64)
    }

    @Test func bundledSetCarriesTheDigestOfItsContent() throws {
        let loaded = try FactorStore.bundled().factorSet()

        #expect(loaded.identity.sha256 == loaded.contentDigest, "the recorded digest is loaded, not recomputed")
    }

    @Test func bundledStorePassesVerification() throws {
        let verification = try FactorStore.bundled().verify()

        #expect(verification.passed, "\(verification)")
    }

    @Test func bundledStoreSurvivesExport() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("factors.sqlite")
        let bundled = try FactorStore.bundled()

        try bundled.export(toSQLite: path)

        #expect(try FactorStore(path: path).factorSet().identity == bundled.factorSet().identity)
    }

    // MARK: - The renderer's literals

    @Test(arguments: [
        "", "a", "a\n", "a\nb\n", "\n\n", "  indented\n\ttab\n", "   \n", "crlf\r\nline\r\n", "lone\rcr",
        "quotes \"\"\" and \"\"\"# and \\# and \\(x)\n", "\u{1}control\u{7F}", "ünïcödé × ≤ 🌍\n",
    ])
    func rendersLiteralsThatReadBackAsTheSameText(_ contents: String) {
        let literal = BundledFactorTablesRenderer().stringLiteral(contents, indentation: "    ")

        #expect(RawStringLiteralReader.value(of: literal) == contents)
    }
}

/// Renders `BundledFactorTables.swift`: each file's contents as a multi-line raw string literal that reads back
/// as exactly the same text.
struct BundledFactorTablesRenderer {
    private static let indentUnit = "    "
    private static let header = """
        // Generated from Factors/*.csv by Tests/SobrietyFactorStoreTests/BundledFactorTablesTests.swift: do not edit.
        // After changing Factors/, run `RECORD_FACTORS=1 swift test --filter BundledFactorTablesTests`.

        /// The factor tables of `Factors/`, built into the binary so that the bundled factor set needs no files.
        enum BundledFactorTables {
            /// Each `*.csv` file of `Factors/`, sorted by name, with its exact contents.
        """

    /// The Swift source of `BundledFactorTables.swift` for these files.
    func render(_ files: [(name: String, contents: String)]) -> String {
        let declaration = "\(Self.indentUnit)static let files: [(name: String, contents: String)] = ["
        guard !files.isEmpty else { return Self.header + "\n" + declaration + "]\n}\n" }
        let entryIndent = String(repeating: Self.indentUnit, count: 2)
        let fieldIndent = String(repeating: Self.indentUnit, count: 3)
        var lines = [Self.header, declaration]
        for file in files {
            lines.append("\(entryIndent)(")
            lines.append("\(fieldIndent)name: \"\(file.name)\",")
            lines.append("\(fieldIndent)contents: \(stringLiteral(file.contents, indentation: fieldIndent))")
            lines.append("\(entryIndent)),")
        }
        lines.append("\(Self.indentUnit)]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A multi-line raw string literal whose value is `contents`, its lines and closing delimiter at `indentation`
    /// (where swift-format puts them).
    ///
    /// The value of a multi-line literal excludes the line break before the closing delimiter, so the text is
    /// split at every `\n` and each piece is one line (text ending in `\n` ends with an empty line). Every
    /// non-empty line carries the closing delimiter's indentation, which the compiler strips. Carriage returns
    /// and other control characters are written as escapes, since the compiler would normalise or reject them.
    func stringLiteral(_ contents: String, indentation: String) -> String {
        let hashes = String(repeating: "#", count: hashCount(for: contents))
        let lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : indentation + escaped(String(line), hashes: hashes)
        }
        return ([hashes + "\"\"\""] + lines + [indentation + "\"\"\"" + hashes]).joined(separator: "\n")
    }

    /// The fewest `#` for which the text contains neither the closing delimiter nor the escape introducer.
    private func hashCount(for contents: String) -> Int {
        var count = 1
        while contents.contains("\"\"\"" + String(repeating: "#", count: count))
            || contents.contains("\\" + String(repeating: "#", count: count))
        {
            count += 1
        }
        return count
    }

    private func escaped(_ line: String, hashes: String) -> String {
        var result = ""
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\r": result += "\\\(hashes)r"
            case "\t": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\\(hashes)u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Reads back the value of a literal from ``BundledFactorTablesRenderer/stringLiteral(_:indentation:)`` as the
/// compiler does, to test the renderer without compiling: strip the delimiters and the closing delimiter's
/// indentation, then resolve the escapes.
private enum RawStringLiteralReader {
    static func value(of literal: String) -> String? {
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let opening = lines.first, let closing = lines.last, lines.count >= 2 else { return nil }
        let hashes = String(opening.prefix { $0 == "#" })
        let indentation = String(closing.prefix { $0 == " " })
        guard closing == indentation + "\"\"\"" + hashes else { return nil }
        lines = Array(lines.dropFirst().dropLast())
        var stripped: [String] = []
        for line in lines {
            if line.isEmpty {
                stripped.append("")
            } else if line.hasPrefix(indentation) {
                stripped.append(String(line.dropFirst(indentation.count)))
            } else {
                return nil
            }
        }
        return unescaped(stripped.joined(separator: "\n"), hashes: hashes)
    }

    private static func unescaped(_ text: String, hashes: String) -> String? {
        let introducer = "\\" + hashes
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: introducer) {
            result += rest[..<range.lowerBound]
            rest = rest[range.upperBound...]
            if rest.hasPrefix("r") {
                result += "\r"
                rest = rest.dropFirst()
            } else if rest.hasPrefix("u{"), let end = rest.firstIndex(of: "}"),
                let value = UInt32(rest[rest.index(rest.startIndex, offsetBy: 2)..<end], radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: end)...]
            } else {
                return nil
            }
        }
        return result + rest
    }
}
