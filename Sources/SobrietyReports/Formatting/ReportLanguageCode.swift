/// A language the human-facing reports (text, Markdown, HTML and PDF) can be written in, named by its ISO 639-1 code
/// as the command line's `--lang` option names it.
///
/// The machine-readable formats (JSON, CSV, JUnit, SARIF) are contracts and stay in English whatever the
/// language.
public enum ReportLanguageCode: String, CaseIterable, Sendable {
    /// English.
    case english = "en"
    /// French.
    case french = "fr"
    /// German.
    case german = "de"
    /// Polish.
    case polish = "pl"
    /// Korean.
    case korean = "ko"
    /// Simplified Chinese.
    case chinese = "zh"

    /// The rule that picks a plural form for a count (CLDR cardinal rules).
    var cardinalRule: PluralRule {
        switch self {
        case .english, .german: .oneForExactlyOne
        case .french: .oneForZeroAndOne
        case .polish: .polish
        case .korean, .chinese: .invariable
        }
    }

    /// The rule that picks the form of an ordinal number, such as `1st` or `95th` (CLDR ordinal rules).
    var ordinalRule: PluralRule {
        switch self {
        case .english: .englishOrdinal
        case .french: .oneForExactlyOne
        case .german, .polish, .korean, .chinese: .invariable
        }
    }
}
