import Foundation
import SobrietyCore
import Testing

@testable import SobrietyIngest

/// Each platform fixture in `Fixtures/Exports/` is detected and read without options, and its
/// impressions total is the sum of its data rows, never of its total rows.
@Suite struct ExportFixtureTests {
    /// A fixture: its preset, where its header is, which lines are data, and how its impressions column is named.
    struct Fixture: CustomTestStringConvertible, Sendable {
        let file: String
        let preset: String
        let headerLine: Int
        let dataLines: [Int]
        let impressionsHeader: String
        var testDescription: String { file }
    }

    static let fixtures: [Fixture] = [
        Fixture(
            file: "meta-ads-placement.csv",
            preset: "meta-ads",
            headerLine: 1,
            dataLines: [2, 3, 4],
            impressionsHeader: "Impressions"
        ),
        Fixture(
            file: "meta-ads-french.csv",
            preset: "meta-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "Impressions"
        ),
        Fixture(
            file: "meta-ads-german-semicolon.csv",
            preset: "meta-ads",
            headerLine: 1,
            dataLines: [2, 3, 4],
            impressionsHeader: "Impressionen"
        ),
        Fixture(
            file: "google-ads-campaigns.csv",
            preset: "google-ads",
            headerLine: 3,
            dataLines: [4, 5],
            impressionsHeader: "Impr."
        ),
        Fixture(
            file: "google-ads-excel.csv",
            preset: "google-ads",
            headerLine: 3,
            dataLines: [4, 5],
            impressionsHeader: "Impr."
        ),
        Fixture(
            file: "cm360-report.csv",
            preset: "cm360",
            headerLine: 11,
            dataLines: [12, 13],
            impressionsHeader: "Impressions"
        ),
        Fixture(
            file: "dv360-report.csv",
            preset: "dv360",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "Impressions"
        ),
        Fixture(
            file: "tiktok-ads-daily.csv",
            preset: "tiktok-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "Impressions"
        ),
        Fixture(
            file: "linkedin-ads-english.csv",
            preset: "linkedin-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "Impressions"
        ),
        Fixture(
            file: "linkedin-ads-portuguese.csv",
            preset: "linkedin-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "Impressões"
        ),
        Fixture(
            file: "snapchat-ads.csv",
            preset: "snapchat-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "Paid Impressions"
        ),
        Fixture(
            file: "x-ads.csv",
            preset: "x-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "Impressions"
        ),
        Fixture(
            file: "pinterest-ads.csv",
            preset: "pinterest-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "Impressions"
        ),
        Fixture(
            file: "douyin-ads.csv",
            preset: "douyin-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "展示数"
        ),
        Fixture(
            file: "xiaohongshu-ads.csv",
            preset: "xiaohongshu-ads",
            headerLine: 1,
            dataLines: [2, 3],
            impressionsHeader: "展现量"
        ),
    ]

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Exports")

    static func path(_ file: String) -> String { directory.appendingPathComponent(file).path }

    @Test(arguments: fixtures)
    func isDetectedAndSumsItsDataRows(_ fixture: Fixture) throws {
        var lines: [CampaignLine] = []
        let summary = try CampaignReader().read(path: Self.path(fixture.file), factorSet: .exportTest) {
            lines.append($0)
        }

        #expect(summary.format == fixture.preset)
        #expect(summary.rows == fixture.dataLines.count)
        #expect(lines.map(\.location.line) == fixture.dataLines)
        let expected = try FixtureText(path: Self.path(fixture.file)).sum(
            column: fixture.impressionsHeader,
            headerLine: fixture.headerLine,
            lines: fixture.dataLines
        )
        #expect(lines.compactMap(\.impressions).reduce(0, +) == expected)
        #expect(lines.allSatisfy { $0.impressions != nil && !$0.lineItem.isEmpty })
    }

    @Test func digestIsOfTheFileAsWritten() throws {
        let path = Self.path("linkedin-ads-english.csv")
        let summary = try CampaignReader().read(path: path, factorSet: .exportTest) { _ in }
        var raw = HashingByteSource(MemoryByteSource(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        while try scratch.withUnsafeMutableBytes({ try raw.read(into: $0) }) > 0 {}

        #expect(summary.sha256 == raw.hexDigest)
    }
}

/// A fixture read with Foundation, apart from the reader under test: its text, lines and cells.
struct FixtureText {
    let lines: [String]
    let separator: Character

    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text: String
        if data.starts(with: [0xFF, 0xFE]) {
            text = try #require(String(data: data.dropFirst(2), encoding: .utf16LittleEndian))
        } else {
            text = try #require(
                String(data: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data, encoding: .utf8)
            )
        }
        lines = text.components(separatedBy: "\n")
        separator = text.contains("\t") ? "\t" : (lines.contains { $0.hasPrefix("Kampagnenname;") } ? ";" : ",")
    }

    /// The cells of a 1-based line, quotes removed.
    func cells(_ line: Int) -> [String] {
        var cells: [String] = []
        var cell = ""
        var isQuoted = false
        for character in lines[line - 1] {
            if character == "\"" {
                isQuoted.toggle()
            } else if character == separator, !isQuoted {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells + [cell]
    }

    /// The sum of a count column over `lines`, its digits read without their thousands separators.
    func sum(column: String, headerLine: Int, lines: [Int]) throws -> Int {
        let index = try #require(cells(headerLine).firstIndex(of: column), "no column \(column)")
        return try lines.map { line in try #require(Int(cells(line)[index].filter(\.isNumber))) }.reduce(0, +)
    }
}
