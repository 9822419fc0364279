import Foundation
import SobrietyCore
import Testing

@testable import SobrietyIngest

/// What the reader says about exports it cannot read: where (the export's own line and column) and why.
@Suite struct ExportErrorTests {
    private func messages(
        _ contents: [UInt8],
        named name: String = "export.csv",
        preset: InputPreset = .automatic
    ) throws -> [String] {
        let file = try TemporaryFile(named: name, contents: "")
        try Data(contents).write(to: URL(fileURLWithPath: file.path))
        var reader = CampaignReader()
        reader.preset = preset
        let error = try #require(throws: InputErrors.self) {
            try reader.read(path: file.path, displayName: name, factorSet: .exportTest) { _ in }
        }
        return error.diagnostics.map(\.description)
    }

    @Test func unknownShapeListsTheColumnsFoundAndTheColumnsNeeded() throws {
        let messages = try messages(Array("Flight,Spot,Contacts\nA,1,100\n".utf8))

        #expect(messages.count == 1)
        #expect(
            messages[0].hasPrefix("export.csv:1: not a canonical campaign file, nor an export a preset recognises (")
        )
        #expect(messages[0].contains("found columns: Flight, Spot, Contacts;"))
        #expect(messages[0].contains("needs the columns line_item, platform and impressions (or video_views)"))
        #expect(messages[0].contains("--mapping FILE"))
    }

    @Test func unknownShapeInUTF16ListsTheDecodedColumns() throws {
        let text = "Flight\tSpot\tContacts\nA\t1\t100\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let messages = try messages(bytes)

        #expect(messages.first?.contains("found columns: Flight, Spot, Contacts;") == true)
    }

    @Test(arguments: [false, true])
    func utf16WithoutAByteOrderMarkIsSaidBeforeAnyHeaderIsScored(bigEndian: Bool) throws {
        let text = "line_item,platform,impressions\na,tiktok,10\n"
        let bytes = text.utf16.flatMap {
            bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)]
        }
        let order = bigEndian ? "big" : "little"

        #expect(
            try messages(bytes) == [
                "export.csv:1: looks like UTF-16 without a byte-order mark (\(order)-endian); save it as UTF-8, "
                    + "or as UTF-16 with a byte-order mark"
            ]
        )
    }

    @Test func aCanonicalHeaderInUTF16AsksForUTF8() throws {
        let text = "line_item,platform,impressions\na,tiktok,10\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }

        #expect(
            try messages(bytes) == [
                "export.csv:1: a canonical campaign file is UTF-8; this one is UTF-16: save it as UTF-8"
            ]
        )
    }

    @Test func aBinaryFileIsANulByteOnItsLine() throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x0D, 0x49, 0x48]

        #expect(
            try messages(bytes) == [
                "export.csv:3: NUL byte; save the file as UTF-8 text (not UTF-16 or a spreadsheet)"
            ]
        )
    }

    @Test func unknownShapeWithAWideHeaderListsTheFirstColumnsAndCountsTheRest() throws {
        let limit = InputDetector.listedColumnLimit
        let names = (0..<(limit + 5)).map { "c\($0)" }
        let messages = try messages(Array((names.joined(separator: ",") + "\n").utf8))

        let listed = names.prefix(limit).joined(separator: ", ")
        #expect(messages.first?.contains("found columns: \(listed) and 5 more;") == true)
        #expect(messages.first?.contains("c\(limit),") == false)
    }

    @Test func aHeaderWiderThanThePrefixLookedAtCountsItsColumnsAsAtLeast() throws {
        let limit = InputDetector.listedColumnLimit
        let header = (0..<InputDetector.prefixBytes).map { "c\($0)" }.joined(separator: ",")
        let message = try #require(try messages(Array((header + "\n").utf8)).first)
        let counted = header.utf8.prefix(InputDetector.prefixBytes).split(separator: UInt8(ascii: ",")).count

        #expect(message.contains("c\(limit - 1) and at least \(counted - limit) more;"))
    }

    @Test func canonicalColumnsSeparatedBySemicolonsAskForCommas() throws {
        let messages = try messages(Array("line_item;platform;impressions\na;tiktok;10\n".utf8))

        #expect(
            messages == [
                "export.csv:1: a canonical campaign file is comma-separated; this one is separated by semicolons: "
                    + "save it as CSV with commas"
            ]
        )
    }

    @Test func badNumberNamesTheExportsLineAndHeader() throws {
        let csv = """
            Campaign report
            All time
            Campaign,Impr.,Cost
            Spring,"1,204",10.5
            Summer,12k,3.5

            """
        let messages = try messages(Array(csv.utf8))

        #expect(
            messages == [
                "export.csv:5: column 'Impr.': \"12k\" is not a whole number; expected a count such as 12000 or 12,000"
            ]
        )
    }

    @Test func valueTheCanonicalParserRejectsNamesTheExportsHeader() throws {
        let csv = """
            "Campaign name",Platform,Impressions,"Amount spent (EUR)"
            Spring,oculus,100,1.5

            """
        let messages = try messages(Array(csv.utf8))

        #expect(messages.count == 1)
        #expect(
            messages[0].hasPrefix(
                "export.csv:2: column 'Platform': \"oculus\" is not a known platform; expected one of:"
            )
        )
    }

    @Test func fractionalCountIsAnErrorNotRounded() throws {
        let csv = "By Day,Campaign name,Impressions,Cost\n2026-03-01,Spring,\"12,5\",3\n"
        let messages = try messages(Array(csv.utf8))

        #expect(
            messages == [
                "export.csv:2: column 'Impressions': \"12,5\" is not a whole number; expected a count such as 12000 or 12,000"
            ]
        )
    }

    @Test func negativeAndOverflowingCountsSayWhichTheyAre() throws {
        let csv =
            "By Day,Campaign name,Impressions,Cost\n2026-03-01,Spring,-5,3\n2026-03-02,Spring,\"99,999,999,999,999,999,999\",3\n"
        let messages = try messages(Array(csv.utf8))

        #expect(
            messages == [
                "export.csv:2: column 'Impressions': \"-5\" is negative; expected a whole number ≥ 0",
                "export.csv:3: column 'Impressions': \"99,999,999,999,999,999,999\" is too large; "
                    + "expected at most 9223372036854775807",
            ]
        )
    }

    @Test func rowOfTheWrongWidthNamesItsLine() throws {
        let csv = "By Day,Campaign name,Impressions,Cost\n2026-03-01,Spring,100,3\n2026-03-02,Spring,100\n"
        let messages = try messages(Array(csv.utf8))

        #expect(
            messages == [
                "export.csv:3: row has 3 fields but the header (line 1) has 4; quote values that contain the separator"
            ]
        )
    }

    @Test func repeatedLineItemAsksForTheMissingBreakdown() throws {
        let csv =
            "By Day,Campaign name,Age,Impressions,Cost\n2026-03-01,Spring,18-24,100,3\n2026-03-01,Spring,25-34,100,3\n"
        let messages = try messages(Array(csv.utf8))

        #expect(messages.count == 1)
        #expect(
            messages[0].hasPrefix(
                "export.csv:3: column 'line_item (from 'Campaign name' + 'By Day')': \"Spring / 2026-03-01\" is already the line item of line 2"
            )
        )
    }

    @Test func badDateNamesItsHeader() throws {
        let csv = "By Day,Campaign name,Impressions,Cost\nyesterday,Spring,100,3\n"
        let messages = try messages(Array(csv.utf8))

        #expect(messages.first?.hasPrefix("export.csv:2: column 'By Day': \"yesterday\" is not a date") == true)
    }

    @Test func invalidMappingFileNamesItsLine() throws {
        let mapping = try TemporaryFile(
            named: "mapping.toml",
            contents: "name = \"mine\"\n\n[fields]\nimpressions = [\"Imps\"]\nwatch = [\"W\"]\n"
        )
        let error = try #require(throws: InputErrors.self) { try PresetCatalog.mapping(at: mapping.path) }

        #expect(
            error.diagnostics.map(\.description).first?.hasPrefix(
                "\(mapping.path):5: unknown field \"watch\"; expected one of:"
            ) == true
        )
    }
}
