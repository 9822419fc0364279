import SobrietyCore

/// Writes the deltas of a diff with their sign: `+312 kg`, `-1,200`, `+10.4%`, `+1.4 pp`.
///
/// Magnitudes, units and separators come from the language's number formatter; this type only adds
/// the plus sign a positive delta needs (the formatter already writes a negative one).
struct DeltaFormatter: Sendable {
    /// The language the deltas are written in.
    let language: ReportLanguage

    private var strings: ReportStrings { language.strings }
    private var numbers: ReportNumberFormatter { language.numbers }

    /// A mass delta in the unit that suits its size: `+312 kg`.
    func mass(_ delta: GramsCO2e) throws -> String {
        signed(delta.grams, try numbers.mass(delta))
    }

    /// A count delta, rounded to a whole number: `+1,200,000`.
    func count(_ delta: Double) throws -> String {
        signed(delta, try numbers.count(delta))
    }

    /// A relative change as a percentage: `+10.4%`; `nil` when there is none (a change from zero).
    func relative(_ change: Double?) throws -> String? {
        try change.map { signed($0, try numbers.percent($0)) }
    }

    /// The delta of a share, in percentage points: `+1.4 pp`.
    func percentagePoints(_ delta: Double) throws -> String {
        strings.percentagePoints(signed(delta, try numbers.plainPercentage(delta)))
    }

    /// An emission estimate's delta with its relative change: `+312 kg (+10.4%)`.
    func massChange(_ change: FigureChange<EmissionEstimate>) throws -> String {
        withRelative(try mass(change.deltaMass), try relative(change.relativeDelta))
    }

    /// A count's delta with its relative change: `+1,200,000 (+5.0%)`.
    func countChange(_ change: FigureChange<Double>) throws -> String {
        withRelative(try count(change.delta), try relative(change.relativeDelta))
    }

    private func withRelative(_ delta: String, _ relative: String?) -> String {
        relative.map { strings.deltaWithRelative(delta, $0) } ?? delta
    }

    /// The text with a plus sign when the value is positive and does not round to zero (`+0.0 pp` would
    /// claim a rise the figures do not show).
    private func signed(_ value: Double, _ text: String) -> String {
        let showsNonZeroDigit = text.contains { $0.isWholeNumber && $0 != "0" }
        return value > 0 && showsNonZeroDigit ? strings.plusSign + text : text
    }
}

extension ReportNumberFormatter {
    /// A ratio as a number of percentage points with one decimal, without the percent sign: `1.4`.
    fileprivate func plainPercentage(_ ratio: Double) throws -> String {
        String(try percent(ratio).dropLast(percentSuffix.count))
    }
}
