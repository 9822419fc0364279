import Testing

@testable import SobrietyIngest

/// Chunk sizes that put the buffer's end on every kind of byte: inside fields, quotes, CRLF pairs.
private let chunkSizes = [1, 2, 3, 5, 7, 64, 1 << 20]

@Suite struct CSVReaderTests {
    /// A CSV text and the records it holds.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: [UInt8]
        let expected: [ReadRecord]

        init(_ name: String, _ text: String, _ expected: [ReadRecord]) {
            self.init(name, Array(text.utf8), expected)
        }

        init(_ name: String, _ bytes: [UInt8], _ expected: [ReadRecord]) {
            self.name = name
            self.text = bytes
            self.expected = expected
        }

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            "simple, trailing newline",
            "a,b,c\n1,2,3\n",
            [ReadRecord(1, ["a", "b", "c"]), ReadRecord(2, ["1", "2", "3"])]
        ),
        Case("no trailing newline", "a,b\n1,2", [ReadRecord(1, ["a", "b"]), ReadRecord(2, ["1", "2"])]),
        Case("CRLF", "a,b\r\n1,2\r\n", [ReadRecord(1, ["a", "b"]), ReadRecord(2, ["1", "2"])]),
        Case("lone CR", "a,b\r1,2\r", [ReadRecord(1, ["a", "b"]), ReadRecord(2, ["1", "2"])]),
        Case(
            "BOM",
            [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8),
            [ReadRecord(1, ["a", "b"]), ReadRecord(2, ["1", "2"])]
        ),
        Case("BOM only", [0xEF, 0xBB, 0xBF], []),
        Case("empty input", "", []),
        Case(
            "empty fields",
            ",,\na,\n,b\n",
            [ReadRecord(1, ["", "", ""]), ReadRecord(2, ["a", ""]), ReadRecord(3, ["", "b"])]
        ),
        Case("trailing separator at the end", "a,b,", [ReadRecord(1, ["a", "b", ""])]),
        Case("quoted separators", "\"a,b\",c\n", [ReadRecord(1, ["a,b", "c"])]),
        Case("escaped quotes", "\"say \"\"hi\"\"\",\"\"\"\"\n", [ReadRecord(1, ["say \"hi\"", "\""])]),
        Case("empty quoted field", "\"\",x\n", [ReadRecord(1, ["", "x"])]),
        Case("quoted field at the very end", "a,\"b\"", [ReadRecord(1, ["a", "b"])]),
        Case(
            "embedded newlines keep line numbers",
            "h1,h2\n\"one\ntwo\nthree\",x\nnext,y\n",
            [ReadRecord(1, ["h1", "h2"]), ReadRecord(2, ["one\ntwo\nthree", "x"]), ReadRecord(5, ["next", "y"])]
        ),
        Case(
            "embedded CRLF",
            "\"a\r\nb\",c\r\nd,e\r\n",
            [ReadRecord(1, ["a\r\nb", "c"]), ReadRecord(3, ["d", "e"])]
        ),
        Case(
            "blank lines are skipped but counted",
            "a\n\n\r\nb\n\n",
            [ReadRecord(1, ["a"]), ReadRecord(4, ["b"])]
        ),
        Case("spaces are kept", " a , b \n", [ReadRecord(1, [" a ", " b "])]),
        Case("UTF-8 text", "café,日本,emoji 🌱\n", [ReadRecord(1, ["café", "日本", "emoji 🌱"])]),
        Case("quoted UTF-8 with quotes", "\"«\"\"x\"\"»\"\n", [ReadRecord(1, ["«\"x\"»"])]),
    ]

    @Test(arguments: cases, chunkSizes)
    func readsRecords(_ testCase: Case, chunkSize: Int) throws {
        #expect(try readAll(MemoryByteSource(testCase.text), chunkSize: chunkSize) == testCase.expected)
    }

    @Test(arguments: cases)
    func readsRecordsFromASourceThatReturnsOneByteAtATime(_ testCase: Case) throws {
        #expect(try readAll(MemoryByteSource(testCase.text, maximumRead: 1), chunkSize: 8) == testCase.expected)
    }

    /// A malformed CSV text and the error it raises.
    struct Failure: CustomTestStringConvertible, Sendable {
        let name: String
        let text: [UInt8]
        let expected: CSVError

        init(_ name: String, _ text: String, _ expected: CSVError) {
            self.init(name, Array(text.utf8), expected)
        }

        init(_ name: String, _ bytes: [UInt8], _ expected: CSVError) {
            self.name = name
            self.text = bytes
            self.expected = expected
        }

        var testDescription: String { name }
    }

    static let failures: [Failure] = [
        Failure(
            "unterminated quote names the line it opened on",
            "a,b\nc,\"d\ne\nf\n",
            CSVError(
                line: 2,
                fieldIndex: 1,
                problem: .unterminatedQuote(openedOnLine: 2),
                excerpt: #""d\u{A}e\u{A}f\u{A}""#
            )
        ),
        Failure(
            "unterminated quote opened after a multi-line field",
            "\"x\ny\",\"z\n",
            CSVError(line: 1, fieldIndex: 1, problem: .unterminatedQuote(openedOnLine: 2), excerpt: #""z\u{A}""#)
        ),
        Failure("stray quote", "a,b\"c\n", CSVError(line: 1, fieldIndex: 1, problem: .strayQuote, excerpt: #""b\"c""#)),
        Failure(
            "text after closing quote",
            "\"a\"b,c\n",
            CSVError(line: 1, fieldIndex: 0, problem: .textAfterClosingQuote, excerpt: #""\"a\"b""#)
        ),
        Failure(
            "invalid UTF-8",
            [0x61, 0x2C, 0xC3, 0x28, 0x0A],
            CSVError(line: 1, fieldIndex: 1, problem: .invalidUTF8, excerpt: #""\xC3(""#)
        ),
        Failure(
            "overlong UTF-8",
            [0x0A, 0xC0, 0xAF, 0x0A],
            CSVError(line: 2, fieldIndex: 0, problem: .invalidUTF8, excerpt: #""\xC0\xAF""#)
        ),
        Failure(
            "truncated UTF-8 at the end",
            [0x61, 0xE6, 0x97],
            CSVError(line: 1, fieldIndex: 0, problem: .invalidUTF8, excerpt: #""a\xE6\x97""#)
        ),
        Failure(
            "invalid UTF-8 in quotes",
            [0x22, 0xFF, 0x22],
            CSVError(line: 1, fieldIndex: 0, problem: .invalidUTF8, excerpt: #""\xFF""#)
        ),
        Failure(
            "NUL byte",
            [0x61, 0x00, 0x62],
            CSVError(line: 1, fieldIndex: 0, problem: .nulByte, excerpt: #""a\u{0}b""#)
        ),
        Failure(
            "NUL byte in quotes",
            [0x61, 0x2C, 0x22, 0x00, 0x22],
            CSVError(line: 1, fieldIndex: 1, problem: .nulByte, excerpt: #""\u{0}""#)
        ),
    ]

    /// The problem is the same whatever the chunks; the excerpt shows what was read when it was found, so it is
    /// checked with chunks larger than the file.
    @Test(arguments: failures, [1, 3, 1 << 20])
    func reportsMalformedCSV(_ failure: Failure, chunkSize: Int) {
        do {
            try readAll(MemoryByteSource(failure.text), chunkSize: chunkSize)
            Issue.record("\(failure.name) was read")
        } catch let error as CSVError {
            #expect(error.line == failure.expected.line)
            #expect(error.fieldIndex == failure.expected.fieldIndex)
            #expect(error.problem == failure.expected.problem)
            if chunkSize == 1 << 20 { #expect(error.excerpt == failure.expected.excerpt) }
        } catch {
            Issue.record("\(failure.name): \(error)")
        }
    }

    @Test(arguments: [4, 1 << 20])
    func enforcesTheFieldLimit(chunkSize: Int) throws {
        let limits = CSVLimits(maximumFieldBytes: 8, maximumRecordBytes: 64, maximumFieldCount: 8)
        let unquoted = #expect(throws: CSVError.self) {
            try readAll(MemoryByteSource("a,b\nc,123456789\n"), chunkSize: chunkSize, limits: limits)
        }
        #expect(unquoted?.line == 2)
        #expect(unquoted?.fieldIndex == 1)
        #expect(unquoted?.problem == .fieldTooLong(limit: 8, quoteOpenedOnLine: nil))
        let quoted = #expect(throws: CSVError.self) {
            try readAll(MemoryByteSource("\"123\n4567890\""), chunkSize: chunkSize, limits: limits)
        }
        #expect(quoted?.line == 1)
        #expect(quoted?.fieldIndex == 0)
        #expect(quoted?.problem == .fieldTooLong(limit: 8, quoteOpenedOnLine: 1))
        if chunkSize == 1 << 20 {
            #expect(unquoted?.excerpt == #""123456789""#)
            // Found before the reader knows the file ends, so the excerpt runs to the end of what was read.
            #expect(quoted?.excerpt?.hasPrefix(#""123\u{A}4567890"#) == true)
        }
        #expect(try readAll(MemoryByteSource("12345678,\"12345678\""), chunkSize: chunkSize, limits: limits).count == 1)
    }

    @Test(arguments: [4, 1 << 20])
    func enforcesTheRecordAndFieldCountLimits(chunkSize: Int) {
        let limits = CSVLimits(maximumFieldBytes: 8, maximumRecordBytes: 20, maximumFieldCount: 4)
        #expect(throws: CSVError(line: 1, fieldIndex: nil, problem: .tooManyFields(limit: 4))) {
            try readAll(MemoryByteSource("a,b,c,d,e\n"), chunkSize: chunkSize, limits: limits)
        }
        #expect(throws: CSVError(line: 1, fieldIndex: nil, problem: .recordTooLong(limit: 20))) {
            try readAll(MemoryByteSource("1234567,1234567,1234567\n"), chunkSize: chunkSize, limits: limits)
        }
    }

    @Test func readsALongFileAcrossManyChunks() throws {
        let rows = (1...5000).map { "row-\($0),\"quoted, \($0)\",\($0 * 7)\n" }.joined()
        let records = try readAll(MemoryByteSource(rows), chunkSize: 4096)
        #expect(records.count == 5000)
        #expect(records[4321] == ReadRecord(4322, ["row-4322", "quoted, 4322", "\(4322 * 7)"]))
    }

    @Test func messagesSayWhatToDo() {
        let unterminated = CSVError(line: 3, fieldIndex: 1, problem: .unterminatedQuote(openedOnLine: 4))
        #expect(unterminated.message == "quoted field opened on line 4 never closes; add the closing '\"'")
        let long = CSVError(line: 3, fieldIndex: 1, problem: .fieldTooLong(limit: 1 << 20, quoteOpenedOnLine: nil))
        #expect(long.message == "field longer than 1 MiB, the limit")
    }
}
