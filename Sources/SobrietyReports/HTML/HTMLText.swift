/// Input text made safe inside an HTML or SVG element or a quoted attribute value.
enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities, line breaks and tabs as spaces, and control characters
    /// and bidirectional overrides as U+FFFD, so input text always reads as text and in stored order.
    static func escaped(_ text: String) -> String {
        XMLText.escaped(SingleLineText.sanitized(text))
    }
}
