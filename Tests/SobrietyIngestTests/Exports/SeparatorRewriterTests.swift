import Testing

@testable import SobrietyIngest

/// Semicolon CSV rewritten as comma CSV, chunk by chunk, holding no more than one field limit of any field.
@Suite struct SeparatorRewriterTests {
    /// Rewrites `text` in chunks of `chunkSize` bytes.
    private func rewritten(_ text: [UInt8], chunkSize: Int = 4096) -> [UInt8] {
        var rewriter = SeparatorRewriter(separator: UInt8(ascii: ";"))
        var output: [UInt8] = []
        var start = 0
        repeat {
            let end = min(start + chunkSize, text.count)
            rewriter.rewrite(Array(text[start..<end]), into: &output, isFinal: end == text.count)
            start = end
        } while start < text.count
        return output
    }

    @Test func fieldsWithCommasAreQuotedAndQuotedFieldsPassUnchanged() {
        let output = rewritten(Array("a;1,5;\"x;y\"\nb;2;3\n".utf8), chunkSize: 3)
        #expect(String(decoding: output, as: UTF8.self) == "a,\"1,5\",\"x;y\"\nb,2,3\n")
    }

    @Test func anOverlongFieldIsPassedOnWholeAndStillQuotedRight() {
        // Given fields longer than the limit, one with a comma and a quote before the limit, one without
        let limit = SeparatorRewriter.maximumHeldFieldBytes
        let withComma = Array("a,\"b".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: limit + 10)
        let plain = [UInt8](repeating: UInt8(ascii: "y"), count: limit + 10)
        let input = Array("id;".utf8) + withComma + Array(";".utf8) + plain + Array(";z\n".utf8)

        // Then the output is what holding each field whole would give
        let quoted = [UInt8(ascii: "\"")] + Array("a,\"\"b".utf8) + withComma.dropFirst(4) + [UInt8(ascii: "\"")]
        let expected = Array("id,".utf8) + quoted + Array(",".utf8) + plain + Array(",z\n".utf8)
        #expect(rewritten(input) == expected)
    }
}
