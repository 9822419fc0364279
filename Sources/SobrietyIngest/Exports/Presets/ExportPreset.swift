/// How one kind of export maps to the canonical columns: a bundled platform preset, or a user's mapping file.
///
/// Presets are data (`Presets/Data/*.toml`, built into ``BundledPresets``); this is their parsed form.
/// Header names and cell values are compared in their ``HeaderName`` / ``ExportPreset/folded(_:)`` forms.
struct ExportPreset: Sendable {
    /// The preset's name, as `--preset` and the report's `inputs[].format` give it (`meta-ads`).
    let name: String
    /// The platform's own name for the export (`Meta Ads Manager`).
    let title: String
    /// The platform key of rows the export does not give one for.
    let platform: String?
    /// The buying mode of every row that does not give one; the platform's default when `nil`.
    let buying: String?
    /// Header names any one of which marks the export as this platform's.
    let strongSignals: Set<String>
    /// Header names that make the match likelier.
    let supportingSignals: Set<String>
    /// Each field the export can feed, with the header names that hold it, preferred first.
    let fields: [(field: ExportField, headers: [String])]
    /// The columns whose values, joined, identify a row (its `line_item`), each with its header names.
    let lineItemParts: [[String]]
    /// Cell values read as canonical keys, by field: `audience_network` → `open_web`.
    let valueMaps: [ExportField: [String: String]]
    /// The field whose text gives `format` through the format value map when no column holds it.
    let formatSource: ExportField?
    /// Rate fields whose bare numbers are percentages (`1.35` meaning 1.35%).
    let barePercentFields: Set<ExportField>
    /// First cells that mark a row as a total: `total: *`, `total of #*` (`#` a digit, `*` anything).
    let totalRowPatterns: [String]
    /// First cells that start the footer; that row and every one after it are not data.
    let footerKeys: [String]
    /// Whether a row with every line-item column empty is a total (DV360's unlabelled totals row).
    let dropsRowsWithoutKey: Bool
    /// Cell values that mean "no value", besides the empty cell.
    let emptyTokens: Set<String>

    /// The text as presets compare cell values and header names: trimmed, lower case, inner spaces collapsed.
    static func folded(_ text: some StringProtocol) -> String {
        // ASCII, the common case, byte by byte: Unicode's whitespace test costs more than the rest of a row.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var spaceIsPending = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) {
                spaceIsPending = !bytes.isEmpty
                continue
            }
            if spaceIsPending {
                bytes.append(UInt8(ascii: " "))
                spaceIsPending = false
            }
            bytes.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How well a header matches: five points per strong signal, one per other known name;
    /// `nil` when the header lacks every impressions and video-views name of the preset.
    func score(_ names: [HeaderName]) -> Int? {
        let mapped = Set(fields.filter { [.impressions, .videoViews].contains($0.field) }.flatMap(\.headers))
        guard names.contains(where: { mapped.contains($0.key) }) else { return nil }
        let known = knownHeaders
        var score = 0
        for name in names {
            if strongSignals.contains(name.key) {
                score += 5
            } else if known.contains(name.key) || supportingSignals.contains(name.key) {
                score += 1
            }
        }
        return score
    }

    /// Whether the header holds at least one strong signal.
    func hasStrongSignal(_ names: [HeaderName]) -> Bool {
        names.contains { strongSignals.contains($0.key) }
    }

    /// Every header name the preset reads.
    var knownHeaders: Set<String> {
        Set(fields.flatMap(\.headers) + lineItemParts.flatMap { $0 })
    }

    /// Whether `firstCell` marks a total row.
    func isTotalRow(firstCell: String) -> Bool {
        let cell = Self.folded(firstCell)
        return totalRowPatterns.contains { Self.matches(cell, pattern: $0) }
    }

    /// Whether `firstCell` starts the footer.
    func isFooter(firstCell: String) -> Bool {
        let cell = Self.folded(firstCell)
        return footerKeys.contains { cell.hasPrefix($0) }
    }

    /// Matches `text` against a pattern where `#` is one digit and a final `*` anything; other characters are literal.
    static func matches(_ text: String, pattern: String) -> Bool {
        var characters = text.makeIterator()
        for symbol in pattern {
            if symbol == "*" { return true }
            guard let character = characters.next() else { return false }
            if symbol == "#" {
                guard character.isASCII, character.isNumber else { return false }
            } else if character != symbol {
                return false
            }
        }
        return characters.next() == nil
    }
}

/// A header cell of an export: as written, and the key presets match it by.
struct HeaderName: Sendable, Equatable {
    /// The name as written, trimmed: what messages show.
    let written: String
    /// Folded, without a trailing currency code in parentheses: `Amount spent (EUR)` → `amount spent`.
    let key: String
    /// The currency code the name carried, upper case (`EUR`).
    let currency: String?

    init(_ written: String) {
        let trimmed = CampaignColumn.trimmed(written)
        self.written = trimmed
        var key = ExportPreset.folded(trimmed)
        var currency: String?
        if key.hasSuffix(")"), let open = key.lastIndex(of: "(") {
            let code = key[key.index(after: open)..<key.index(before: key.endIndex)]
            if code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                currency = code.uppercased()
                key = ExportPreset.folded(key[..<open])
            }
        }
        self.key = key
        self.currency = currency
    }
}
