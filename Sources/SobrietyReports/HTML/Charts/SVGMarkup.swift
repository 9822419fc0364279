/// Builds SVG elements as text, escaping every attribute value and text node.
enum SVGMarkup {
    /// An element with attributes in the order given, and optional content already in SVG.
    static func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) -> String {
        let attributeText = attributes.map { " \($0.0)=\"\(HTMLText.escaped($0.1))\"" }.joined()
        guard let content else { return "<\(name)\(attributeText)/>" }
        return "<\(name)\(attributeText)>\(content)</\(name)>"
    }

    /// A `<text>` element holding plain text.
    static func text(_ text: String, _ attributes: [(String, String)]) -> String {
        element("text", attributes, content: HTMLText.escaped(text))
    }

    /// A coordinate rounded to a tenth of a unit, written without trailing zeros so output is stable.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let whole = rounded.rounded()
        return rounded == whole ? String(Int(whole)) : String(rounded)
    }
}
