public import SobrietyCore

/// Turns a plan diff into the text of one format.
///
/// Renderers only format: every figure they show is in the diff, and the same diff always gives
/// byte-identical output.
public protocol PlanDiffRenderer: Sendable {
    /// Renders a diff.
    ///
    /// - Parameter diff: The diff to render.
    /// - Returns: The complete document, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when the diff holds a number that cannot be written.
    func render(_ diff: PlanDiff) throws -> String
}

/// A diff format, named as `audit diff --format` names it.
public enum PlanDiffFormat: String, CaseIterable, Sendable {
    /// Aligned tables for a terminal (the default).
    case text
    /// A Markdown pull-request comment.
    case markdown = "md"
    /// The machine-readable diff documented on ``JSONDiffRenderer``.
    case json

    /// The file name extension a diff in this format is written with, without the dot.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        }
    }

    /// The renderer that writes diffs in this format, in English.
    public var renderer: any PlanDiffRenderer { renderer(language: .english) }

    /// The renderer that writes diffs in this format.
    ///
    /// - Parameter language: The language of the text and Markdown diffs; the JSON diff ignores it.
    /// - Returns: The format's renderer.
    public func renderer(language: ReportLanguageCode) -> any PlanDiffRenderer {
        switch self {
        case .text: TextDiffRenderer(language: language)
        case .markdown: MarkdownDiffRenderer(language: language)
        case .json: JSONDiffRenderer()
        }
    }
}
