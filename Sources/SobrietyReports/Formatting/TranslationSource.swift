/// Where a language's words come from, as ``ReportStrings`` and ``ReportNumberFormatter`` ask for them.
///
/// A ``Translation`` answers from a table of `Reports/translations/`; ``TranslationSchema`` records
/// every question instead, so the set of keys a translation needs is defined once, by the code that
/// uses them.
protocol TranslationSource {
    /// A literal text, such as a heading or a separator.
    func text(_ key: String) -> String
    /// A sentence with named placeholders.
    func message(_ key: String, placeholders: [String]) -> MessageTemplate
    /// A sentence with named placeholders of which each translation uses those it needs: `optional`
    /// may be left out, `placeholders` may not.
    func message(_ key: String, placeholders: [String], optional: [String]) -> MessageTemplate
    /// A sentence whose grammar follows a count, one template per plural category (`key.one`, `key.other`…).
    ///
    /// The count's own placeholder is `{count}`, which a form may leave out (`The biggest lever:`).
    func countedMessage(_ key: String, placeholders: [String]) -> CountedMessage
    /// An ordinal number, such as `5th`, one template per ordinal category with the placeholder `{number}`.
    func ordinal(_ key: String) -> CountedMessage
}

/// The placeholder of a counted message's count.
let countPlaceholder = "count"
/// The placeholder of an ordinal's number.
let ordinalPlaceholder = "number"

/// A sentence in as many forms as a language has plural categories, with the rule that picks one.
struct CountedMessage: Sendable {
    /// Picks the form for a number.
    let rule: PluralRule
    /// The template of each category.
    let forms: [PluralCategory: MessageTemplate]

    /// The form for `number`, filled with `values`.
    func filled(for number: Double, _ values: [String: String]) -> String {
        let category = rule.category(for: number)
        return (forms[category] ?? forms[.other] ?? forms.values.first)?.filled(values) ?? ""
    }

    /// The form for `count`, filled with `values`.
    func filled(for count: Int, _ values: [String: String]) -> String {
        filled(for: Double(count), values)
    }
}
