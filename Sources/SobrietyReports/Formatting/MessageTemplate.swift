/// A translated sentence with named placeholders, such as `{emissions} CO2e over {impressions} impressions`.
///
/// A placeholder is a name of ASCII letters between braces. Filling the template replaces each
/// placeholder in one pass, so a value that itself contains braces (a line item, a file name) is
/// written as it is and never read as a placeholder.
struct MessageTemplate: Sendable {
    /// A piece of the template: literal text or a placeholder's name.
    private enum Piece: Sendable {
        case text(String)
        case placeholder(String)
    }

    private let pieces: [Piece]

    /// Parses `text`; anything that is not a well-formed placeholder stays literal.
    init(_ text: String) {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            let name = rest[afterOpen...].prefix { $0.isASCII && $0.isLetter }
            if !name.isEmpty, name.endIndex < rest.endIndex, rest[name.endIndex] == "}" {
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.placeholder(String(name)))
                rest = rest[rest.index(after: name.endIndex)...]
            } else {
                literal += "{"
                rest = rest[afterOpen...]
            }
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// The names of the placeholders, in order of appearance.
    var placeholders: [String] {
        pieces.compactMap { piece in
            if case .placeholder(let name) = piece { return name }
            return nil
        }
    }

    /// The text with every placeholder replaced by its value; a placeholder without a value stays as written.
    func filled(_ values: [String: String] = [:]) -> String {
        parts(text: { $0 }, placeholder: { values[$0] ?? "{\($0)}" }).joined()
    }

    /// The template piece by piece, in order: each literal run through `text`, each placeholder's name
    /// through `placeholder` (for a target language of its own, such as CSS `content`).
    func parts(text: (String) -> String, placeholder: (String) -> String) -> [String] {
        pieces.map { piece in
            switch piece {
            case .text(let literal): text(literal)
            case .placeholder(let name): placeholder(name)
            }
        }
    }
}
