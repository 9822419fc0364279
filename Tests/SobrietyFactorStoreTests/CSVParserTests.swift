import Testing

@testable import SobrietyFactorStore

@Suite struct CSVParserTests {
    @Test func splitsRecordsAndFieldsWithTheirLines() throws {
        let records = try CSVParser.records(in: "a,b,c\n1,,3\n")

        #expect(records == [CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["1", "", "3"])])
    }

    @Test func unquotesFieldsWithCommasQuotesAndLineBreaks() throws {
        let records = try CSVParser.records(in: "\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,\"\",x\n")

        #expect(
            records == [
                CSVRecord(line: 1, fields: ["a, b", "say \"hi\"", "two\nlines"]),
                CSVRecord(line: 3, fields: ["next", "", "x"]),
            ]
        )
    }

    @Test func readsCarriageReturnLineFeedsAsLineFeeds() throws {
        let records = try CSVParser.records(in: "a,\"x\r\ny\"\r\nb,c\r\n")

        #expect(records == [CSVRecord(line: 1, fields: ["a", "x\ny"]), CSVRecord(line: 3, fields: ["b", "c"])])
    }

    @Test func keepsTheLastRecordWithoutALineEnd() throws {
        #expect(
            try CSVParser.records(in: "a,b\n1,2") == [
                CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 2, fields: ["1", "2"]),
            ]
        )
    }

    @Test func skipsEmptyLinesAndAByteOrderMark() throws {
        let records = try CSVParser.records(in: "\u{FEFF}a,b\n\n1,2\n\n")

        #expect(records == [CSVRecord(line: 1, fields: ["a", "b"]), CSVRecord(line: 3, fields: ["1", "2"])])
    }

    @Test func keepsATrailingEmptyField() throws {
        #expect(try CSVParser.records(in: "a,\n") == [CSVRecord(line: 1, fields: ["a", ""])])
    }

    @Test func rejectsAnUnclosedQuote() {
        #expect(
            throws: CSVSyntaxError(
                line: 2,
                message: "expected a closing quote for the field opened on this line, found the end of the file"
            )
        ) {
            try CSVParser.records(in: "a,b\n1,\"2\n3\n")
        }
    }

    @Test func rejectsTextAfterAClosingQuote() {
        #expect(
            throws: CSVSyntaxError(
                line: 1,
                message: "expected a comma or the end of the line after a closing quote, found \"x\""
            )
        ) {
            try CSVParser.records(in: "\"a\"x,b\n")
        }
    }

    @Test func keepsMultiByteCharactersAndLoneCarriageReturnsWhole() throws {
        let records = try CSVParser.records(in: "ünï,\"× ≤ 🌍, \"\"é\"\"\"\nlone\rcr,z\n")

        #expect(
            records == [
                CSVRecord(line: 1, fields: ["ünï", "× ≤ 🌍, \"é\""]), CSVRecord(line: 2, fields: ["lone\rcr", "z"]),
            ]
        )
    }

    @Test func namesTheWholeCharacterAfterAClosingQuote() {
        #expect(
            throws: CSVSyntaxError(
                line: 1,
                message: "expected a comma or the end of the line after a closing quote, found \"🌍\""
            )
        ) {
            try CSVParser.records(in: "\"a\"🌍,b\n")
        }
    }
}
