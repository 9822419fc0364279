/// A CLDR plural category: the form a word or sentence takes for a given number.
enum PluralCategory: String, CaseIterable, Sendable {
    case one
    case two
    case few
    case many
    case other
}

/// Picks the plural category of a whole number, following one language's CLDR rule.
///
/// Only whole numbers are asked for (counts of levers, warnings, line items, whole percentiles), so
/// the rules are written for integers; any other number takes `other`.
struct PluralRule: Sendable {
    /// The categories a translation must spell out, in CLDR order.
    let categories: [PluralCategory]
    private let select: @Sendable (_ magnitude: Int) -> PluralCategory

    /// The category of `number`.
    func category(for number: Int) -> PluralCategory {
        select(Int(clamping: number.magnitude))
    }

    /// The category of `number`, `other` when it is not whole.
    func category(for number: Double) -> PluralCategory {
        guard let whole = Int(exactly: number) else { return .other }
        return category(for: whole)
    }

    /// `one` for 1, `other` for every other number (English and German cardinals, French ordinals).
    static let oneForExactlyOne = PluralRule(categories: [.one, .other]) { $0 == 1 ? .one : .other }

    /// `one` for 0 and 1, `other` for every other number (French cardinals).
    static let oneForZeroAndOne = PluralRule(categories: [.one, .other]) { $0 <= 1 ? .one : .other }

    /// Polish cardinals: `one` for 1; `few` when the last digit is 2–4 but the last two are not 12–14;
    /// `many` otherwise (`1 dźwignia`, `3 dźwignie`, `5 dźwigni`, `22 dźwignie`).
    static let polish = PluralRule(categories: [.one, .few, .many]) { number in
        let lastDigit = number % 10
        let lastTwoDigits = number % 100
        if number == 1 { return .one }
        if (2...4).contains(lastDigit) && !(12...14).contains(lastTwoDigits) { return .few }
        return .many
    }

    /// English ordinals: `1st`, `2nd`, `3rd`, `4th`, `11th`–`13th`, `21st`.
    static let englishOrdinal = PluralRule(categories: [.one, .two, .few, .other]) { number in
        let lastDigit = number % 10
        let isTeen = (11...13).contains(number % 100)
        switch (lastDigit, isTeen) {
        case (1, false): return .one
        case (2, false): return .two
        case (3, false): return .few
        default: return .other
        }
    }

    /// One form for every number (Korean and Chinese, and ordinals written with a plain suffix).
    static let invariable = PluralRule(categories: [.other]) { _ in .other }
}
