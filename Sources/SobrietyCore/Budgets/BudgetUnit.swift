/// A unit a budget's limit can be written in, with its conversion to the metric's base unit.
enum BudgetUnit: String, CaseIterable, Sendable, Hashable {
    /// Grams of CO2e.
    case grams = "g"
    /// Kilograms of CO2e; one kilogram is 1,000 grams.
    case kilograms = "kg"
    /// Tonnes of CO2e; one tonne is 1,000,000 grams.
    case tonnes = "t"
    /// Grams of CO2e per 1,000 impressions.
    case gramsPerThousandImpressions = "g/kimp"
    /// Kilograms of CO2e per 1,000 impressions; 1 kg/kimp is 1,000 g/kimp.
    case kilogramsPerThousandImpressions = "kg/kimp"
    /// A percentage; 25% is a ratio of 0.25.
    case percent = "%"
    /// A bare number: a ratio from 0 to 1.
    case share = ""

    /// A value written in this unit, in the metric's base unit (`g`, `g/kimp` or `ratio`).
    func baseValue(of written: Double) -> Double {
        switch self {
        case .grams, .gramsPerThousandImpressions, .share: written
        case .kilograms, .kilogramsPerThousandImpressions: GramsCO2e.kilograms(written).grams
        case .tonnes: GramsCO2e.tonnes(written).grams
        case .percent: written / 100
        }
    }

    /// A value in the metric's base unit, written in this unit.
    func writtenValue(of base: Double) -> Double {
        switch self {
        case .grams, .gramsPerThousandImpressions, .share: base
        case .kilograms, .kilogramsPerThousandImpressions: GramsCO2e(grams: base).kilograms
        case .tonnes: GramsCO2e(grams: base).tonnes
        case .percent: base * 100
        }
    }

    /// A number followed by this unit, as messages show it: `2.5 t`, `25%`, `0.25`.
    func quantity(_ number: String) -> String {
        switch self {
        case .percent, .share: number + rawValue
        default: "\(number) \(rawValue)"
        }
    }
}
