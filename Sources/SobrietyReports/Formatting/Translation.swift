/// One language's table of `Reports/translations/`: flat keys, texts with named placeholders.
///
/// A key the table lacks is taken from the fallback (English), so a report never shows a raw key; the
/// completeness test keeps that from happening in the first place.
struct Translation: TranslationSource, Sendable {
    /// The language of the table.
    let code: ReportLanguageCode
    /// The texts by key.
    let entries: [String: String]
    /// The table that answers for a missing key.
    let fallback: [String: String]

    func text(_ key: String) -> String {
        entries[key] ?? fallback[key] ?? key
    }

    func message(_ key: String, placeholders: [String]) -> MessageTemplate {
        MessageTemplate(text(key))
    }

    func message(_ key: String, placeholders: [String], optional: [String]) -> MessageTemplate {
        MessageTemplate(text(key))
    }

    func countedMessage(_ key: String, placeholders: [String]) -> CountedMessage {
        forms(of: key, rule: code.cardinalRule)
    }

    func ordinal(_ key: String) -> CountedMessage {
        forms(of: key, rule: code.ordinalRule)
    }

    private func forms(of key: String, rule: PluralRule) -> CountedMessage {
        let forms = rule.categories.map { ($0, MessageTemplate(text(TranslationSchema.key(key, $0)))) }
        return CountedMessage(rule: rule, forms: Dictionary(uniqueKeysWithValues: forms))
    }
}

/// The keys a translation must hold and the placeholders each may use, recorded from what the report
/// code asks a ``TranslationSource`` for.
struct TranslationSchema: Sendable {
    /// One key the code asks for.
    struct Entry: Equatable, Sendable {
        /// How the key's texts are chosen.
        enum Form: Equatable, Sendable {
            /// One text.
            case single
            /// One text per cardinal plural category.
            case counted
            /// One text per ordinal category.
            case ordinal
        }

        /// The key, without a plural category.
        let key: String
        /// Every placeholder the text may use.
        let placeholders: [String]
        /// How the texts are chosen.
        let form: Form
        /// The placeholders a text may leave out.
        var optional: [String] = []
    }

    /// The keys asked for, in the order they were.
    let entries: [Entry]

    /// The schema of the human-facing reports: every key that ``ReportLanguage`` reads.
    static let reports: TranslationSchema = {
        let recorder = Recorder()
        _ = ReportLanguage(recorder)
        return TranslationSchema(entries: recorder.entries)
    }()

    /// The key of one plural category's form: `biggestLevers.one`.
    static func key(_ key: String, _ category: PluralCategory) -> String {
        "\(key).\(category.rawValue)"
    }

    /// The placeholders each key of a table in `code` may use, and those it must use.
    func expectedKeys(for code: ReportLanguageCode) -> [String: (allowed: Set<String>, required: Set<String>)] {
        var expected: [String: (allowed: Set<String>, required: Set<String>)] = [:]
        for entry in entries {
            let allowed = Set(entry.placeholders)
            switch entry.form {
            case .single:
                expected[entry.key] = (allowed, allowed.subtracting(entry.optional))
            case .counted:
                for category in code.cardinalRule.categories {
                    expected[Self.key(entry.key, category)] = (allowed, allowed.subtracting([countPlaceholder]))
                }
            case .ordinal:
                for category in code.ordinalRule.categories {
                    expected[Self.key(entry.key, category)] = (allowed, allowed)
                }
            }
        }
        return expected
    }

    /// A source that answers with empty texts and notes every key it is asked for.
    private final class Recorder: TranslationSource {
        private(set) var entries: [Entry] = []

        func text(_ key: String) -> String {
            entries.append(Entry(key: key, placeholders: [], form: .single))
            return ""
        }

        func message(_ key: String, placeholders: [String]) -> MessageTemplate {
            entries.append(Entry(key: key, placeholders: placeholders, form: .single))
            return MessageTemplate("")
        }

        func message(_ key: String, placeholders: [String], optional: [String]) -> MessageTemplate {
            entries.append(Entry(key: key, placeholders: placeholders + optional, form: .single, optional: optional))
            return MessageTemplate("")
        }

        func countedMessage(_ key: String, placeholders: [String]) -> CountedMessage {
            entries.append(Entry(key: key, placeholders: placeholders + [countPlaceholder], form: .counted))
            return CountedMessage(rule: .invariable, forms: [:])
        }

        func ordinal(_ key: String) -> CountedMessage {
            entries.append(Entry(key: key, placeholders: [ordinalPlaceholder], form: .ordinal))
            return CountedMessage(rule: .invariable, forms: [:])
        }
    }
}
