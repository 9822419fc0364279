import Foundation
import SobrietyCore
import Testing

@testable import SobrietyIngest

/// The split read must find exactly what one pass finds: lines, line numbers, errors, digest.
@Suite struct SplitReadTests {
    private static let rows = 2000

    /// A reader that splits any file of a kilobyte or more.
    private func splittingReader(lineItemHash: LineItemRegistry.Hash? = nil) -> CampaignReader {
        CampaignReader(
            maximumErrors: 50,
            lineItemHash: lineItemHash ?? LineItemRegistry.standardHash,
            minimumSplitBytes: 1024
        )
    }

    /// The generated file with some rows replaced.
    private func text(replacing replaced: [Int: String] = [:], lineEnd: String = "\n") -> String {
        var text = CampaignFileGenerator.header
        for row in 1...Self.rows {
            text += replaced[row].map { $0 + "\n" } ?? CampaignFileGenerator.row(row)
        }
        return lineEnd == "\n" ? text : text.replacingOccurrences(of: "\n", with: lineEnd)
    }

    /// Generated row `row` with `text` replaced, without its line end.
    private func row(_ row: Int, replacing text: String, with replacement: String) -> String {
        String(CampaignFileGenerator.row(row).replacingOccurrences(of: text, with: replacement).dropLast())
    }

    /// What one read found: the lines each sink took, and the summary or the errors.
    private struct Outcome {
        var first: [Int] = []
        var second: [Int] = []
        var summary: CampaignFileSummary?
        var errors: InputErrors?
    }

    private func read(_ path: String, with reader: CampaignReader) throws -> Outcome {
        var outcome = Outcome()
        do {
            outcome.summary = try reader.read(
                path: path,
                displayName: "c.csv",
                factorSet: .ingestTest,
                first: &outcome.first,
                second: &outcome.second
            ) { $0.append($1.location.line) }
        } catch let errors as InputErrors {
            outcome.errors = errors
        }
        return outcome
    }

    /// Reads `contents` split and in one pass, and checks they agree; returns the split outcome.
    @discardableResult
    private func expectSameAsOnePass(
        _ contents: String,
        lineItemHash: LineItemRegistry.Hash? = nil
    ) throws -> Outcome {
        let file = try TemporaryFile(contents: contents)
        let split = try read(file.path, with: splittingReader(lineItemHash: lineItemHash))
        let single = try read(
            file.path,
            with: CampaignReader(maximumErrors: 50, lineItemHash: lineItemHash ?? LineItemRegistry.standardHash)
        )
        #expect(!split.second.isEmpty, "the file should have been split")
        #expect(single.second.isEmpty)
        #expect(split.summary == single.summary)
        #expect(split.errors?.diagnostics == single.errors?.diagnostics)
        #expect(split.errors?.truncated == single.errors?.truncated)
        if split.errors == nil { #expect(split.first + split.second == single.first) }
        return split
    }

    @Test func plansTheCutAfterTheFirstLineFeedPastTheMiddle() throws {
        let contents = text()
        let file = try TemporaryFile(contents: contents)
        let split = try #require(CampaignSplit.plan(path: file.path, minimumBytes: 1024))
        let bytes = Array(contents.utf8)
        #expect(split.offset > bytes.count / 2)
        #expect(bytes[split.offset - 1] == UInt8(ascii: "\n"))
        #expect(!bytes[(bytes.count / 2)..<(split.offset - 1)].contains(UInt8(ascii: "\n")))
        #expect(split.firstLine == 1 + bytes[..<split.offset].filter { $0 == UInt8(ascii: "\n") }.count)
        #expect(CampaignSplit.plan(path: file.path, minimumBytes: bytes.count + 1) == nil)
    }

    @Test func readsFilesWithQuotesInTheFirstPartInOnePass() throws {
        let file = try TemporaryFile(contents: text(replacing: [500: "\"li-x\",tiktok"]))
        #expect(CampaignSplit.plan(path: file.path, minimumBytes: 1024) == nil)
        let outcome = try read(file.path, with: splittingReader())
        #expect(outcome.second.isEmpty)
    }

    @Test func readsQuotesInTheSecondPartAsOnePass() throws {
        let quoted = [
            1500: row(1500, replacing: "li-1500,", with: "\"li-1500\","),
            1600: row(1600, replacing: "li-1600,", with: "\"li-1600,\nsecond line, \"\"quoted\"\"\","),
        ]
        let outcome = try expectSameAsOnePass(text(replacing: quoted))
        #expect(outcome.summary?.rows == Self.rows)
        #expect(outcome.second.last == Self.rows + 2, "the line break inside row 1600 moves the later lines")

        let strayQuote = row(1500, replacing: "li-1500", with: "li\"1500")
        let stray = try expectSameAsOnePass(text(replacing: [1500: strayQuote]))
        #expect(stray.errors?.diagnostics.map(\.code) == ["malformed-csv"])
    }

    @Test func findsTheSameLinesAsOnePass() throws {
        let outcome = try expectSameAsOnePass(text())
        #expect(outcome.summary?.rows == Self.rows)
        #expect(outcome.first + outcome.second == Array(2...(Self.rows + 1)))
    }

    @Test func countsLinesAcrossCarriageReturnsAndBlankLines() throws {
        try expectSameAsOnePass(text(replacing: [1700: "li-1700,tiktok,x"], lineEnd: "\r\n"))
        let blankLines = text(replacing: [300: "\n", 1700: "li-1700,tiktok,x"])
        try expectSameAsOnePass(blankLines.replacingOccurrences(of: "li-9,", with: "\rli-9,"))
    }

    @Test func reportsErrorsOfTheSecondPartAtTheirLines() throws {
        let replaced = [100: "li-100,tiktok,video,FR,mobile,x", 1500: row(1500, replacing: "tiktok", with: "myspace")]
        let outcome = try expectSameAsOnePass(text(replacing: replaced))
        let errors = try #require(outcome.errors)
        #expect(errors.diagnostics.map(\.location?.line) == [101, 1501])
    }

    @Test func reportsARepeatedLineItemAcrossTheParts() throws {
        let repeated = row(1900, replacing: "li-1900,", with: "li-5,")
        for hash in [nil, { _ in 42 } as LineItemRegistry.Hash] {
            let outcome = try expectSameAsOnePass(text(replacing: [1900: repeated]), lineItemHash: hash)
            let errors = try #require(outcome.errors)
            #expect(errors.diagnostics.map(\.code) == ["duplicate-line-item"])
            #expect(errors.diagnostics.map(\.location?.line) == [1901])
            #expect(errors.diagnostics.first?.message.contains("line 6;") == true)
        }
    }

    @Test func keepsTheErrorLimitOfOnePass() throws {
        var replaced: [Int: String] = [:]
        for row in 970...1030 { replaced[row] = "li-\(row),tiktok" }
        let outcome = try expectSameAsOnePass(text(replacing: replaced))
        #expect(outcome.errors?.diagnostics.count == 50)
        #expect(outcome.errors?.truncated == true)

        let few = try expectSameAsOnePass(text(replacing: [10: "li-10,tiktok", 1990: "li-1990,tiktok"]))
        #expect(few.errors?.diagnostics.map(\.location?.line) == [11, 1991])
    }
}
