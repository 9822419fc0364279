import Mustache

/// A Mustache template for the HTML report: the built-in one, or an agency's own.
///
/// The renderer escapes every input string itself, so the template engine runs with escaping off
/// (content type `TEXT`): `{{name}}` prints the already-escaped value and never escapes it twice.
/// Triple mustaches mark the fragments that are our own markup, such as the SVG charts.
public struct HTMLTemplate: Sendable {
    /// Turns the engine's HTML escaping off; prepended on the template's first line.
    private static let escapingOff = "{{%CONTENT_TYPE:TEXT}}"

    let mustache: MustacheTemplate

    /// The template built into the binary, from `Reports/templates/report.html.mustache`.
    ///
    /// - Throws: ``HTMLTemplateError`` only if the built-in template were broken (a test guards it).
    public static func standard() throws(HTMLTemplateError) -> HTMLTemplate {
        try HTMLTemplate(text: DefaultHTMLTemplate.text)
    }

    /// Parses a Mustache template.
    ///
    /// - Throws: ``HTMLTemplateError`` with the line and column where the template is malformed.
    public init(text: String) throws(HTMLTemplateError) {
        do {
            mustache = try MustacheTemplate(string: Self.escapingOff + text)
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            let column = context.lineNumber == 1 ? context.columnNumber - Self.escapingOff.count : context.columnNumber
            throw HTMLTemplateError(line: context.lineNumber, column: max(column, 1), reason: "\(error.error)")
        } catch {
            throw HTMLTemplateError(line: 1, column: 1, reason: "\(error)")
        }
    }

    func render(_ model: HTMLReportModel) -> String {
        mustache.render(model)
    }
}

/// A template that cannot be parsed, with where and why.
public struct HTMLTemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int
    /// What the parser expected.
    public var reason: String

    /// Where the template is malformed and why, as `line:column: …`.
    public var description: String { "\(line):\(column): malformed Mustache template: \(reason)" }
}
