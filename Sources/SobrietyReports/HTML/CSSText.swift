/// Text made safe as a CSS string inside the page's `<style>` element, such as the `content` of a
/// page-margin box.
enum CSSText {
    /// The characters written as escapes: those that end a string or an escape, and those of markup.
    private static let escapedScalars: Set<Unicode.Scalar> = ["\"", "'", "\\", "<", ">", "&"]

    /// The text as a double-quoted CSS string.
    ///
    /// Quotes, backslashes and `<`, `>`, `&` become hexadecimal escapes (`\22 ` for `"`, `\3c ` for `<`), and line breaks and control characters are replaced
    /// first, so the string can neither end early nor close the `<style>` element.
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in SingleLineText.sanitized(text).unicodeScalars {
            if escapedScalars.contains(scalar) {
                quoted += "\\\(String(scalar.value, radix: 16)) "
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
