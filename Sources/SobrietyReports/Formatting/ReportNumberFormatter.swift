import Foundation
import SobrietyCore

/// Writes the numbers people read in a report: masses, counts, shares, data volumes and durations.
///
/// Formatting never depends on the environment's locale: the separators are fields, so a
/// translation supplies its own and the same report always gives the same text. Every method
/// throws ``ReportRenderingError`` for NaN or infinity rather than printing them.
struct ReportNumberFormatter: Sendable {
    /// Separates the integer part from the fraction, as in `1.23`.
    let decimalSeparator: String
    /// Groups thousands, as in `12,345`.
    let groupingSeparator: String
    /// Joins the two ends of a range, as in `3.62–6.88 t`.
    let rangeSeparator: String
    /// Follows a percentage, as in `29.0%`.
    let percentSuffix: String
    /// Separates a number from its unit, as in `4.91 t`.
    let unitSeparator: String
    /// The fewest digits the integer part must have above the first group for thousands to be grouped:
    /// 1 groups `1,234`; 2 (Polish) writes `1234` but `12 345`.
    let minimumGroupingDigits: Int

    /// Significant digits of masses, data volumes and durations.
    private let significantDigits = 3

    /// A mass with the unit that suits its size: `412 g`, `1.56 kg`, `4.91 t`.
    func mass(_ mass: GramsCO2e) throws -> String {
        try scaled(mass.grams, in: MassUnit.suiting(mass.grams))
    }

    /// The central, low and high values of an estimate, all in the unit that suits the central value.
    func masses(_ estimate: EmissionEstimate) throws -> (central: String, low: String, high: String) {
        let unit = MassUnit.suiting(estimate.central.grams)
        return (
            try scaled(estimate.central.grams, in: unit),
            try scaled(estimate.low.grams, in: unit),
            try scaled(estimate.high.grams, in: unit)
        )
    }

    /// An estimate with its range: `4.91 t (3.62–6.88 t)`.
    func massWithRange(_ estimate: EmissionEstimate) throws -> String {
        "\(try masses(estimate).central) (\(try massRange(estimate)))"
    }

    /// The two ends of an estimate's range in the unit that suits its central value: `3.62–6.88 t`.
    func massRange(_ estimate: EmissionEstimate) throws -> String {
        let unit = MassUnit.suiting(estimate.central.grams)
        let low = try significant(estimate.low.grams / unit.grams)
        return "\(low)\(rangeSeparator)\(try scaled(estimate.high.grams, in: unit))"
    }

    /// A count rounded to a whole number, with thousands grouped: `11,900,000`.
    func count(_ value: Double) throws -> String {
        try fixed(value, fractionDigits: 0)
    }

    /// A whole number with thousands grouped: `10,000`.
    func count(_ value: Int) -> String {
        grouped(String(value.magnitude), negative: value < 0)
    }

    /// A fraction of one as a percentage with one decimal: `0.316` gives `31.6%`.
    func percent(_ fraction: Double) throws -> String {
        try fixed(fraction * 100, fractionDigits: 1) + percentSuffix
    }

    /// `part` as a percentage of `whole`, or `nil` when `whole` is zero.
    func share(_ part: Double, of whole: Double) throws -> String? {
        try checked(part)
        guard try checked(whole) != 0 else { return nil }
        return try percent(part / whole)
    }

    /// A number with as few decimals as it needs (up to six): `5`, `97.5`.
    func plain(_ value: Double) throws -> String {
        try checked(value)
        let decimals = (0...6).first { digits in
            let scaled = value * powerOfTen(digits)
            return scaled == scaled.rounded()
        }
        return try fixed(value, fractionDigits: decimals ?? 6)
    }

    /// A number with three significant digits and its unit: `0.25 ratio`.
    func measure(_ value: Double, unit: String) throws -> String {
        try significant(value) + unitSeparator + unit
    }

    /// Data in decimal units that suit its size: `12.3 TB`.
    func bytes(_ bytes: Double) throws -> String {
        try checked(bytes)
        let units = ["B", "kB", "MB", "GB", "TB", "PB"]
        let exponent = units.indices.last { bytes.magnitude >= 999.5 * powerOfTen(3 * $0 - 3) } ?? 0
        return try significant(bytes / powerOfTen(3 * exponent)) + unitSeparator + units[exponent]
    }

    /// A duration given in seconds, written in hours: `4,560 h`.
    func hours(seconds: Double) throws -> String {
        try significant(seconds / 3_600) + unitSeparator + "h"
    }

    // MARK: - Digits

    private func scaled(_ grams: Double, in unit: MassUnit) throws -> String {
        try significant(grams / unit.grams) + unitSeparator + unit.symbol
    }

    /// An approximate amount, three significant digits even in the integer part: `0.0412`, `4.91`, `12,300`.
    func approximate(_ value: Double) throws -> String {
        try checked(value)
        guard value != 0 else { return "0" }
        let exponent = Int(log10(value.magnitude).rounded(.down))
        guard exponent >= significantDigits else { return try significant(value) }
        let step = powerOfTen(exponent + 1 - significantDigits)
        return try fixed((value / step).rounded() * step, fractionDigits: 0)
    }

    /// Three significant digits, keeping every digit of the integer part: `0.0412`, `4.91`, `12,346`.
    func significant(_ value: Double) throws -> String {
        try checked(value)
        guard value != 0 else { return "0" }
        let exponent = Int(log10(value.magnitude).rounded(.down))
        var decimals = min(max(0, significantDigits - 1 - exponent), 12)
        if decimals > 0, (value.magnitude * powerOfTen(decimals)).rounded() >= powerOfTen(significantDigits) {
            decimals -= 1
        }
        return try fixed(value, fractionDigits: decimals)
    }

    /// A number rounded half away from zero to `fractionDigits` decimals, with thousands grouped.
    private func fixed(_ value: Double, fractionDigits: Int) throws -> String {
        try checked(value)
        let scaled = (value.magnitude * powerOfTen(fractionDigits)).rounded()
        guard let digits = UInt64(exactly: scaled) else {
            // Beyond 18 digits no report figure is meaningful; keep the value readable.
            return "\(value)"
        }
        let padded = String(repeating: "0", count: max(0, fractionDigits + 1 - String(digits).count)) + String(digits)
        let integerPart = grouped(String(padded.dropLast(fractionDigits)), negative: value < 0 && digits != 0)
        return fractionDigits == 0 ? integerPart : integerPart + decimalSeparator + padded.suffix(fractionDigits)
    }

    private func grouped(_ digits: String, negative: Bool) -> String {
        let grouped = DigitGroups.grouped(
            digits,
            separator: groupingSeparator,
            minimumGroupingDigits: minimumGroupingDigits
        )
        return (negative ? "-" : "") + grouped
    }

    @discardableResult
    private func checked(_ value: Double) throws -> Double {
        guard value.isFinite else { throw ReportRenderingError.nonFiniteNumber(value: value, field: nil) }
        return value
    }

    private func powerOfTen(_ exponent: Int) -> Double {
        pow(10, Double(exponent))
    }
}

extension ReportNumberFormatter {
    /// English: `12,345.6`, `29.0%`, `3.62–6.88 t`.
    static var english: ReportNumberFormatter { ReportLanguage.english.numbers }

    /// The conventions a translation's `number.*` keys give.
    init(_ source: some TranslationSource) {
        self.init(
            decimalSeparator: source.text("number.decimalSeparator"),
            groupingSeparator: source.text("number.groupingSeparator"),
            rangeSeparator: source.text("number.rangeSeparator"),
            percentSuffix: source.text("number.percentSuffix"),
            unitSeparator: source.text("number.unitSeparator"),
            minimumGroupingDigits: Int(source.text("number.minimumGroupingDigits")) ?? 1
        )
    }
}

/// A unit of mass a report shows, chosen by size.
private enum MassUnit: CaseIterable {
    case grams
    case kilograms
    case tonnes

    /// Grams in one of this unit.
    var grams: Double {
        switch self {
        case .grams: 1
        case .kilograms: 1_000
        case .tonnes: 1_000_000
        }
    }

    /// The unit's symbol.
    var symbol: String {
        switch self {
        case .grams: "g"
        case .kilograms: "kg"
        case .tonnes: "t"
        }
    }

    /// The largest unit in which `grams` is at least one (after rounding to three digits).
    static func suiting(_ grams: Double) -> MassUnit {
        allCases.last { grams.magnitude >= 0.9995 * $0.grams } ?? .grams
    }
}
