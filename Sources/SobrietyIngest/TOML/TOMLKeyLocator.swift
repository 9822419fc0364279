import Foundation

/// Finds the line a key is written on in TOML text, for messages: the parser gives values, not
/// their positions.
///
/// It reads table headers (`[platform.tiktok]`, `[campaign."Spring launch"]`) and `key = value`
/// lines, which covers budget files as people write them; a key it cannot place has no line.
struct TOMLKeyLocator {
    private var lines: [(table: [String], key: String?, header: [String]?)] = []

    init(_ text: String) {
        var table: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("["), let close = line.lastIndex(of: "]") {
                table = Self.path(line[line.index(after: line.startIndex)..<close])
                lines.append((table, nil, table))
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                lines.append((table, Self.path(line[..<equals]).first, nil))
            } else {
                lines.append((table, nil, nil))
            }
        }
    }

    /// The 1-based line of `key` in the table at `path` (or of that table's header, for a table key).
    func line(ofKey key: String, inTable path: [String]) -> Int? {
        if let index = lines.firstIndex(where: { $0.table == path && $0.key == key }) { return index + 1 }
        if let index = lines.firstIndex(where: { $0.header?.starts(with: path + [key]) == true }) { return index + 1 }
        return nil
    }

    /// A dotted key split into its parts, quotes removed: `campaign."Spring launch"` → `campaign`, `Spring launch`.
    private static func path(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }
}
