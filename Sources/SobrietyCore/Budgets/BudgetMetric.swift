/// What an emission budget limits, named as in a budget spec (`total=2.5t`).
public enum BudgetMetric: String, CaseIterable, Sendable, Hashable {
    /// Total emissions, compared in grams of CO2e.
    case total
    /// Emissions per 1,000 impressions, compared in grams of CO2e per 1,000 impressions.
    case intensity
    /// Emissions per 1,000 useful impressions, compared in grams of CO2e per 1,000 useful impressions.
    case usefulIntensity = "useful-intensity"
    /// The share of emissions charged to wasted impressions, compared as a ratio from 0 to 1.
    case wasteShare = "waste-share"

    /// The unit limits and audited values are compared in: `g`, `g/kimp` or `ratio`.
    public var baseUnit: String {
        switch self {
        case .total: "g"
        case .intensity, .usefulIntensity: "g/kimp"
        case .wasteShare: "ratio"
        }
    }

    /// The audited value of this metric in its base unit.
    ///
    /// The waste share has no range in the report, so both bases compare the reported share.
    ///
    /// - Parameters:
    ///   - report: The audit to measure.
    ///   - basis: Which value of an emission range to take.
    /// - Returns: The value in ``baseUnit``.
    public func actual(in report: AuditReport, basis: BudgetBasis) -> Double {
        actual(totals: report.totals, wasteShare: report.waste.share, basis: basis)
    }

    /// The value of this metric in its base unit, for totals and the share of them charged to waste.
    ///
    /// - Parameters:
    ///   - totals: The totals of a campaign or of one budget scope.
    ///   - wasteShare: The share of those emissions charged to waste.
    ///   - basis: Which value of an emission range to take.
    /// - Returns: The value in ``baseUnit``.
    public func actual(totals: Totals, wasteShare: Double, basis: BudgetBasis) -> Double {
        switch self {
        case .total: basis.value(of: totals.emissions).grams
        case .intensity: basis.value(of: totals.gramsPerThousandImpressions).grams
        case .usefulIntensity: basis.value(of: totals.gramsPerThousandUsefulImpressions).grams
        case .wasteShare: wasteShare
        }
    }

    /// Whether the audited value has a range, so that the basis matters; the waste share has none.
    var hasRange: Bool { self != .wasteShare }

    /// The units a limit of this metric may be written in; `.share` means a bare number.
    var units: [BudgetUnit] {
        switch self {
        case .total: [.grams, .kilograms, .tonnes]
        case .intensity, .usefulIntensity: [.gramsPerThousandImpressions, .kilogramsPerThousandImpressions]
        case .wasteShare: [.percent, .share]
        }
    }

    /// The unit of a limit given in the base unit.
    var baseWrittenUnit: BudgetUnit { units.contains(.share) ? .share : units[0] }

    /// Whether the limit is a share, at most 1 (100%).
    var isShare: Bool { units.contains(.share) }

    /// A spec for this metric, for error messages: `total=2.5t`.
    package var example: String {
        switch self {
        case .total: "total=2.5t"
        case .intensity: "intensity=350g/kimp"
        case .usefulIntensity: "useful-intensity=600g/kimp"
        case .wasteShare: "waste-share=25%"
        }
    }

    /// The accepted units in words: `g, kg or t`, `% or no unit`.
    var unitChoices: String {
        let names = units.map { $0 == .share ? "no unit" : $0.rawValue }
        return EnglishList.alternatives(names)
    }

    /// Every metric name in words: `total, intensity, useful-intensity or waste-share`.
    static var nameChoices: String { EnglishList.alternatives(allCases.map(\.rawValue)) }
}

/// Lists written for people.
package enum EnglishList {
    /// `a`, `a or b`, `a, b or c`.
    package static func alternatives(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }
}
