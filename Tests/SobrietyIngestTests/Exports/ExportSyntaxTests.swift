import Foundation
import SobrietyCore
import Testing

@testable import SobrietyIngest

/// Numbers, durations, dates and bytes as exports write them.
@Suite struct ExportSyntaxTests {
    @Test(arguments: [
        ("1,234.56", DecimalStyle.Evidence.point), ("1.234,56", .comma), ("0,37", .comma), ("12,50", .comma),
        ("1,234", .none), ("1.234", .none), ("1,234,567", .point), ("1.234.567", .comma), ("199421.15", .point),
        ("1234,567", .comma), ("0,123", .comma), ("€12.50", .point), ("98,389%", .comma), ("42", .none),
    ])
    func cellsAreEvidenceOfTheirColumnsStyle(_ cell: String, _ evidence: DecimalStyle.Evidence) {
        #expect(DecimalStyle.evidence(cell) == evidence)
    }

    @Test(arguments: [
        ("1,204,331", DecimalStyle.point, "1204331"), ("4,838.80", .point, "4838.80"), ("1.234,56", .comma, "1234.56"),
        ("1 234,56", .comma, "1234.56"), ("1\u{202F}234,56", .comma, "1234.56"), ("$26,064.74", .point, "26064.74"),
        ("12,50 €", .comma, "12.50"), ("EUR 12.50", .point, "12.50"), ("95,769%", .comma, "95.769"),
        ("1.16%", .point, "1.16"), ("-3.5", .point, "-3.5"), (".5", .point, "0.5"),
    ])
    func numbersLoseTheirDecorations(_ cell: String, _ style: DecimalStyle, _ plain: String) {
        #expect(NumberText.plainDecimal(cell, style: style) == plain)
    }

    @Test(arguments: [
        ("1,2345", DecimalStyle.point), ("12,34.5", .point), ("1.234,56", .point), ("12k", .point), ("1,5", .point),
        ("1.5", .comma), ("", .point), ("abc", .point),
    ])
    func numbersThatDoNotFitTheColumnsStyleAreRejected(_ cell: String, _ style: DecimalStyle) {
        #expect(NumberText.plainDecimal(cell, style: style) == nil)
    }

    @Test func columnsDecideTheirStyleApartAndUndecidedOnesFollowTheFile() {
        var tally = DecimalStyleTally()
        #expect(tally.decided == nil)
        tally.add(.none)
        tally.add(.comma)
        #expect(tally.decided == .comma)
        tally.add(.point)
        tally.add(.point)
        #expect(tally.decided == .point)
    }

    @Test(arguments: [
        ("0:00:06", 6.0), ("1:02:03", 3723.0), ("02:30", 150.0), ("12.3", 12.3), ("12.3s", 12.3), ("4.71", 4.71),
    ])
    func durationsAreSeconds(_ cell: String, _ seconds: Double) {
        #expect(ExportDuration.seconds(cell, style: .point) == seconds)
    }

    @Test func durationsFollowTheColumnsDecimalSeparator() {
        #expect(ExportDuration.seconds("12,3", style: .comma) == 12.3)
        #expect(ExportDuration.seconds("0:01:75", style: .point) == nil)
        #expect(ExportDuration.seconds("soon", style: .point) == nil)
    }

    @Test(arguments: [
        ("2026-03-01", DateOrder.monthFirst, "2026-03-01"), ("2026/03/01", .monthFirst, "2026-03-01"),
        ("3/1/2026", .monthFirst, "2026-03-01"), ("01/03/2026", .dayFirst, "2026-03-01"),
        ("2026-03-01 00:00:00", .monthFirst, "2026-03-01"), ("2026-03-01T00:00:00Z", .dayFirst, "2026-03-01"),
        ("1.3.2026", .dayFirst, "2026-03-01"),
    ])
    func datesBecomeISO(_ cell: String, _ order: DateOrder, _ iso: String) {
        #expect(ExportDate.iso(cell, order: order) == iso)
    }

    @Test(
        arguments: [
            ([0xEF, 0xBB, 0xBF, 0x61], TextEncoding.utf8, 3), ([0xFF, 0xFE, 0x61, 0x00], .utf16LittleEndian, 2),
            ([0xFE, 0xFF, 0x00, 0x61], .utf16BigEndian, 2), ([0x61, 0xE9, 0x62], .windows1252, 0),
            ([0x61, 0xC3, 0xA9], .utf8, 0),
        ] as [([UInt8], TextEncoding, Int)]
    )
    func encodingIsToldByTheByteOrderMarkOrTheBytes(_ bytes: [UInt8], _ encoding: TextEncoding, _ markLength: Int) {
        let detected = TextEncoding.detect(bytes, isWhole: true)
        #expect(detected.encoding == encoding)
        #expect(detected.byteOrderMarkLength == markLength)
    }

    @Test func aSequenceCutByThePrefixsEndIsStillUTF8() {
        #expect(TextEncoding.detect([0x61, 0xC3], isWhole: false).encoding == .utf8)
        #expect(TextEncoding.detect([0x61, 0xC3], isWhole: true).encoding == .windows1252)
    }

    /// Decodes `bytes` handing them out `chunk` at a time, as a slow pipe would.
    private func decoded(_ bytes: [UInt8], _ encoding: TextEncoding, mark: Int, separator: UInt8, chunk: Int) throws
        -> String
    {
        var source = ExportByteSource(
            MemoryByteSource(bytes, maximumRead: chunk),
            encoding: encoding,
            byteOrderMarkLength: mark,
            separator: separator,
            chunkSize: chunk
        )
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 7)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            output += buffer[..<count]
        }
        return String(decoding: output, as: UTF8.self)
    }

    @Test(arguments: [1, 2, 3, 5, 64])
    func utf16IsDecodedWhateverTheChunkBoundaries(_ chunk: Int) throws {
        let text = "Nom\tPortée 🌍\r\n\"a\tb\"\t1,5\n"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected = "Nom,Portée 🌍\r\n\"a\tb\",\"1,5\"\n"

        #expect(try decoded(littleEndian, .utf16LittleEndian, mark: 2, separator: 9, chunk: chunk) == expected)
        #expect(try decoded(bigEndian, .utf16BigEndian, mark: 2, separator: 9, chunk: chunk) == expected)
    }

    @Test func semicolonsBecomeCommasAndQuotedFieldsStayAsWritten() throws {
        let text = "a;\"b;\"\"c\"\"\";d,e;f\"g\n"
        let expected = "a,\"b;\"\"c\"\"\",\"d,e\",f\"g\n"

        #expect(try decoded(Array(text.utf8), .utf8, mark: 0, separator: UInt8(ascii: ";"), chunk: 3) == expected)
    }

    @Test func windows1252IsDecoded() throws {
        #expect(
            try decoded(
                [0x4D, 0x6F, 0x6E, 0x74, 0x61, 0x6E, 0x74, 0x20, 0x80, 0xE9],
                .windows1252,
                mark: 0,
                separator: 44,
                chunk: 4
            ) == "Montant €é"
        )
    }

    @Test func unpairedSurrogateBecomesABytesThatIsNotUTF8() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00]
        let decoded = try decoded(bytes, .utf16LittleEndian, mark: 2, separator: 44, chunk: 64)

        #expect(Array(decoded.utf8) != [0x61, 0x62])
        #expect(decoded.hasPrefix("a"))
    }
}
