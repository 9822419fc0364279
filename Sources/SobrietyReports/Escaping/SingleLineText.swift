/// Input text made safe to show on one line of a document or a terminal.
///
/// Line breaks and tabs become spaces; other control characters (such as the escape that starts a
/// terminal sequence) and bidirectional overrides (which can make text read in another order than
/// it is stored) become U+FFFD.
enum SingleLineText {
    /// Replaces line breaks, tabs, control characters and bidirectional overrides in `text`.
    static func sanitized(_ text: String) -> String {
        guard !text.utf8.allSatisfy(isPrintableASCII) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline || character == "\t" {
                result.append(" ")
            } else if character.unicodeScalars.contains(where: isUnsafe) {
                result.append("\u{FFFD}")
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Whether a UTF-8 code unit is a printable ASCII character, which never needs replacing.
    static func isPrintableASCII(_ byte: UInt8) -> Bool {
        (0x20..<0x7F).contains(byte)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
    }
}
