import Foundation

/// Finds what in an HTML document could run code or load something from outside it.
///
/// It looks for script elements, event-handler attributes, `javascript:` in attribute values, and any
/// `src`, `href`, `xlink:href`, `srcset`, `action` or CSS `url(…)`/`@import` that points anywhere but
/// inside the document (`#…`) or at embedded data (`data:`).
enum ExternalReferenceScanner {
    /// Each problem found, as a short description with the offending text.
    ///
    /// Attributes are read only inside tags, so escaped input shown as text (`&lt;img src=x&gt;`) is not
    /// mistaken for markup.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let lowered = html.lowercased()
        for marker in ["<script", "<iframe", "<object", "<embed", "<link", "<base", "<meta http-equiv", "@import"]
        where lowered.contains(marker) {
            problems.append("contains \(marker)")
        }
        let tags = matches(of: #"<[a-z!/][^>]*>"#, in: html).joined(separator: "\n")
        let styles = matches(of: #"<style[^>]*>([\s\S]*?)</style>"#, in: html, group: 1).joined(separator: "\n")
        problems += matches(of: #"<[^>]*\son[a-z]+\s*="#, in: tags).map { "event handler: \($0)" }
        let reference =
            #"\s(?:src|href|xlink:href|srcset|action|formaction|poster|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#
        for value in matches(of: reference, in: tags, group: nil) where !isInternal(value) {
            problems.append("external reference: \(value)")
        }
        for value in matches(of: #"url\(\s*['"]?([^'")]*)"#, in: tags + "\n" + styles, group: 1)
        where !isInternal(value) {
            problems.append("CSS url: \(value)")
        }
        problems += matches(of: #"=\s*["']?\s*javascript:"#, in: tags.lowercased()).map { "javascript: URL: \($0)" }
        return problems
    }

    private static func isInternal(_ value: String) -> Bool {
        value.hasPrefix("#") || value.hasPrefix("data:")
    }

    /// The text of each match, or of its first non-empty capture group (`group: nil`) or of `group`.
    private static func matches(of pattern: String, in text: String, group: Int? = 0) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            return ["bad pattern \(pattern)"]
        }
        let string = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: string.length)).map { match in
            if let group { return string.substring(with: match.range(at: group)) }
            let captured = (1..<match.numberOfRanges).map { match.range(at: $0) }.first { $0.location != NSNotFound }
            return captured.map(string.substring(with:)) ?? ""
        }
    }
}
