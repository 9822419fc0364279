/// Reads one budget spec, `METRIC=LIMIT`, and says what is wrong with a bad one.
struct BudgetSpecParser {
    /// The spec as given.
    let spec: String

    /// The budget the spec names.
    func budget() throws(BudgetSpecError) -> EmissionBudget {
        let (target, limitText) = try parts()
        let (metricName, scope) = try scoped(target)
        let metric = try metric(named: metricName)
        let numberText = limitText.prefix(while: \.isNumberCharacter)
        let number = try number(numberText, in: limitText, for: metric)
        let unit = try unit(limitText[numberText.endIndex...].trimmingSpaces, for: metric)
        if metric.isShare { try checkShare(number, written: numberText, unit: unit) }
        return EmissionBudget(
            metric: metric,
            scope: scope,
            limitInWrittenUnit: number == 0 ? 0 : number,
            writtenUnit: unit
        )
    }

    /// The spec split at its `=`: what is limited (a metric, maybe with a scope), and the limit.
    ///
    /// A scope's value may hold `=` itself, so the limit's `=` is the first one after the scope.
    private func parts() throws(BudgetSpecError) -> (target: Substring, limit: Substring) {
        let searchStart = spec.firstIndex(of: "]") ?? spec.startIndex
        let beforeScope = spec.firstIndex(of: "[").map { opening in spec[..<opening].contains("=") } ?? false
        let equals = beforeScope ? spec.firstIndex(of: "=") : spec[searchStart...].firstIndex(of: "=")
        guard let equals else {
            throw failure("expected METRIC=LIMIT, such as \(BudgetMetric.total.example)")
        }
        return (spec[..<equals].trimmingSpaces, spec[spec.index(after: equals)...].trimmingSpaces)
    }

    /// The metric's name and the scope in brackets after it, if any: `total[campaign=Spring]`.
    private func scoped(_ target: Substring) throws(BudgetSpecError) -> (Substring, BudgetScope?) {
        guard let opening = target.firstIndex(of: "[") else { return (target, nil) }
        let example = "such as total[campaign=Spring]=1t or total[platform=tiktok]=300kg"
        guard target.last == "]" else { throw failure("expected a scope in brackets after the metric, \(example)") }
        let inside = target[target.index(after: opening)..<target.index(before: target.endIndex)]
        guard let equals = inside.firstIndex(of: "=") else {
            throw failure("expected DIMENSION=VALUE in the brackets, \(example)")
        }
        let dimensionName = inside[..<equals].trimmingSpaces
        let value = inside[inside.index(after: equals)...].trimmingSpaces
        let choices = EnglishList.alternatives(BudgetScope.Dimension.allCases.map(\.rawValue))
        guard let dimension = BudgetScope.Dimension(rawValue: String(dimensionName)) else {
            throw failure("unknown scope \"\(dimensionName)\"; expected \(choices)")
        }
        guard !value.isEmpty else {
            throw failure("expected a \(dimension.rawValue) after \"=\" in the brackets, \(example)")
        }
        return (target[..<opening].trimmingSpaces, BudgetScope(dimension, String(value)))
    }

    private func metric(named name: Substring) throws(BudgetSpecError) -> BudgetMetric {
        guard !name.isEmpty else { throw failure("expected a metric before \"=\": \(BudgetMetric.nameChoices)") }
        guard let metric = BudgetMetric(rawValue: String(name)) else {
            throw failure("unknown metric \"\(name)\"; expected \(BudgetMetric.nameChoices)")
        }
        return metric
    }

    private func number(
        _ text: Substring,
        in limitText: Substring,
        for metric: BudgetMetric
    ) throws(BudgetSpecError) -> Double {
        let example = "(e.g. \(metric.example))"
        guard !limitText.isEmpty else { throw failure("expected a limit after \"=\" \(example)") }
        guard !text.isEmpty else { throw failure("expected a number, found \"\(limitText)\" \(example)") }
        guard let value = Double(String(text)) else { throw failure("\"\(text)\" is not a number \(example)") }
        guard value.isFinite else { throw failure("\"\(text)\" is not a finite number \(example)") }
        guard value >= 0 else { throw failure("\"\(text)\" is negative; expected a limit of 0 or more \(example)") }
        return value
    }

    private func unit(_ text: Substring, for metric: BudgetMetric) throws(BudgetSpecError) -> BudgetUnit {
        let example = "(e.g. \(metric.example))"
        guard let unit = BudgetUnit(rawValue: String(text)), metric.units.contains(unit) else {
            throw failure(
                text.isEmpty
                    ? "expected a unit after the number: \(metric.unitChoices) \(example)"
                    : "\"\(text)\" is not a unit for \(metric.rawValue); expected \(metric.unitChoices) \(example)"
            )
        }
        return unit
    }

    /// Refuses a share above 1 (100%); a bare number up to 100 gets both ways of writing it.
    private func checkShare(_ number: Double, written: Substring, unit: BudgetUnit) throws(BudgetSpecError) {
        guard unit.baseValue(of: number) > 1 else { return }
        if unit == .percent { throw failure("\"\(written)%\" is above 100%; expected a share from 0% to 100%") }
        if number <= 100 {
            let share = DecimalText.dividedByHundred(String(written), value: number)
            let metric = BudgetMetric.wasteShare.rawValue
            throw failure("\"\(written)\" is not a share; write \(metric)=\(share) or \(metric)=\(written)%")
        }
        throw failure(
            "\"\(written)\" is not a share; expected a share from 0 to 1 such as 0.25, or a percentage such as 25%"
        )
    }

    private func failure(_ problem: String) -> BudgetSpecError {
        BudgetSpecError(spec: spec, problem: problem)
    }
}

extension Character {
    /// Whether the character can be part of a decimal number: an ASCII digit, point, sign or exponent.
    fileprivate var isNumberCharacter: Bool { ("0"..."9").contains(self) || "+-.eE".contains(self) }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        let isText: (Character) -> Bool = { $0 != " " && $0 != "\t" }
        guard let first = firstIndex(where: isText), let last = lastIndex(where: isText) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
