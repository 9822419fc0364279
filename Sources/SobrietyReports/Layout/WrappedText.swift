/// Breaks a paragraph into lines of monospaced text at spaces, within a width.
enum WrappedText {
    /// The paragraph's lines: each within `width` columns after `indent` (a word longer than the
    /// width gets a line of its own), the first prefixed by `lead`, the others by spaces as wide.
    static func lines(_ text: String, width: Int, lead: String) -> [String] {
        let indent = String(repeating: " ", count: DisplayWidth.of(lead))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : "\(current) \(word)"
            if DisplayWidth.of(candidate) + indent.count > width, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.enumerated().map { ($0.offset == 0 ? lead : indent) + $0.element }
    }
}
