/// Makes input text read as plain text in Markdown, in table cells and paragraphs alike.
///
/// Characters that Markdown would turn into markup (`|`, `*`, `_`, `` ` ``, `[`, a leading `#`, …)
/// are backslash-escaped; `<`, `>` and `&` become HTML entities, so `<img onerror=…>` stays text.
enum MarkdownEscaping {
    /// The characters escaped with a backslash wherever they appear.
    private static let punctuation: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "|", "~"]
    /// Every character that is escaped somewhere.
    private static let special = punctuation.union(["&", "<", ">", "#"])

    /// `text` on one line, with every Markdown and HTML special character escaped.
    static func text(_ text: String) -> String {
        let plain = SingleLineText.sanitized(text)
        guard plain.unicodeScalars.contains(where: special.contains) else { return plain }
        // Scalar by scalar, so a combining mark after `|` cannot hide it from the escaping.
        var result = ""
        for scalar in plain.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "#" where result.isEmpty: result += "\\#"
            case _ where punctuation.contains(scalar): result += "\\\(scalar)"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A link to `url` when it is a plain web address, otherwise the address as escaped text.
    static func link(_ url: String) -> String {
        let isWebAddress = url.hasPrefix("https://") || url.hasPrefix("http://")
        let isPlain = url.unicodeScalars.allSatisfy {
            (0x21..<0x7F).contains($0.value) && !"<>|`\\".unicodeScalars.contains($0)
        }
        return isWebAddress && isPlain ? "<\(url)>" : text(url)
    }
}
