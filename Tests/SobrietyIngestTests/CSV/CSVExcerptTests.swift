import Testing

@testable import SobrietyIngest

/// A message shows the field around its problem exactly as the file holds it, cut to a few dozen bytes.
@Suite struct CSVExcerptTests {
    private func excerpt(_ bytes: [UInt8], problem: Int) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { CSVExcerpt.text($0, field: 0..<bytes.count, problem: problem) } ?? ""
        }
    }

    @Test func aShortFieldIsShownWhole() {
        #expect(excerpt(Array("spring \"24".utf8), problem: 7) == #""spring \"24""#)
    }

    @Test func aLongFieldIsCutAroundItsProblem() {
        let field = Array(String(repeating: "a", count: 60).utf8) + [0] + Array(String(repeating: "b", count: 60).utf8)
        let text = excerpt(field, problem: 60)
        let around = String(repeating: "a", count: 30) + "\\u{0}" + String(repeating: "b", count: 9)
        #expect(text == "\"…" + around + "…\"")
    }

    @Test func aCutNeverSplitsACharacterAndBadBytesAreShownAsHex() {
        let field = Array(String(repeating: "é", count: 30).utf8) + [0xFF]
        let text = excerpt(field, problem: 60)
        #expect(text.hasPrefix("\"…é"))
        #expect(text.hasSuffix("é\\xFF\""))
        #expect(!text.contains("\u{FFFD}"))
    }
}
