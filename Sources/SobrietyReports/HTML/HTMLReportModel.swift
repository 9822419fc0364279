/// What the HTML template is rendered from: every value is final markup, numbers formatted and input
/// strings escaped, so a template only places them.
///
/// Fields that hold our own markup (charts, tables, paragraphs with emphasis) are meant for triple
/// mustaches; the others are escaped text.
struct HTMLReportModel: Sendable {
    /// The document's language, such as `en`.
    var lang: String
    /// The report's title.
    var title: String
    /// The CSS `@page` size, such as `A4`.
    var paperSize: String
    /// The title as a CSS string, for the `content` of the page-margin box that repeats it (CSS).
    var pageTitle: String
    /// The page number as a CSS `content` value, such as `"Page " counter(page) " of " counter(pages)` (CSS).
    var pageNumber: String
    /// The accent colour, `#rrggbb`.
    var accent: String
    /// The agency's name, or `nil`.
    var agency: String?
    /// The client's name, or `nil`.
    var client: String?
    /// The logo as a `data:` URI, or `nil`.
    var logo: String?
    /// The fixed words of the page.
    var labels: Labels
    /// The headline numbers.
    var keyFigures: [KeyFigure]
    /// The summary paragraph (markup).
    var summary: String
    /// The report's sections, in reading order.
    var sections: [Section]
    /// The footer line: the tool and factor set that produced the report.
    var footer: String

    /// The fixed words of the page around the sections.
    struct Labels: Sendable {
        /// Before the client's name.
        var preparedFor: String
        /// Before the agency's name.
        var preparedBy: String
        /// The logo's alternative text.
        var logo: String
        /// The heading of the key figures.
        var keyFigures: String
    }

    /// One headline number.
    struct KeyFigure: Sendable {
        /// What it measures.
        var label: String
        /// The number with its unit.
        var value: String
        /// A second line, such as its range.
        var detail: String
    }

    /// A section: a heading, then paragraphs, charts, notes and tables.
    struct Section: Sendable {
        /// The element id, for links and for agencies' CSS.
        var id: String
        /// The heading.
        var heading: String
        /// Paragraphs (markup).
        var paragraphs: [String] = []
        /// SVG charts (markup).
        var charts: [String] = []
        /// Notes under the charts (escaped text).
        var notes: [String] = []
        /// Tables (markup).
        var tables: [String] = []
    }
}
