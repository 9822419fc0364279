/// The width of text in a monospaced terminal, where CJK characters and emoji take two columns.
enum DisplayWidth {
    /// Columns `text` takes.
    static func of(_ text: String) -> Int {
        // Printable ASCII is one column a character, with no character to look up.
        if text.utf8.allSatisfy({ printableASCII.contains($0) }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The bytes of printable ASCII characters, space to tilde: each is a character one column wide.
    private static let printableASCII: ClosedRange<UInt8> = 0x20...0x7E

    /// Columns one character takes: 2 for wide East Asian characters and emoji, 1 otherwise.
    static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// `text` cut to at most `width` columns, ending with `…` when it was cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let next = of(character)
            guard used + next <= width - 1 else { break }
            result.append(character)
            used += next
        }
        return result + "…"
    }

    /// East Asian Wide and Fullwidth blocks (Unicode Standard Annex #11), simplified.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,
        0x2E80...0x303E,
        0x3041...0x33FF,
        0x3400...0x4DBF,
        0x4E00...0x9FFF,
        0xA000...0xA4CF,
        0xAC00...0xD7A3,
        0xF900...0xFAFF,
        0xFE30...0xFE4F,
        0xFF00...0xFF60,
        0xFFE0...0xFFE6,
        0x1F300...0x1F64F,
        0x1F900...0x1F9FF,
        0x20000...0x3FFFD,
    ]
}
