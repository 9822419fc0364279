public import SobrietyCore

/// Writes a line's explanation (`audit explain`) as plain text for a terminal or an issue.
///
/// Sections: the line's identity, the columns the file gave and those assumed, every factor with
/// its source, the activity, each segment's formula with the numbers substituted, the uplift, the
/// total, the waste waterfall and the range. Every line of the output is stripped of control
/// characters and line breaks, so a line item cannot send escape sequences or forge lines.
public struct ExplanationTextRenderer: Sendable {
    private let language = ReportLanguage.english
    /// Operands: enough digits to redo the arithmetic with the factors as stored.
    private let operands = SignificantNumberFormatter(
        decimalSeparator: ReportNumberFormatter.english.decimalSeparator,
        groupingSeparator: ReportNumberFormatter.english.groupingSeparator,
        significantDigits: 10
    )
    /// Results: grams, impressions and shares, readably.
    private let results = SignificantNumberFormatter(
        decimalSeparator: ReportNumberFormatter.english.decimalSeparator,
        groupingSeparator: ReportNumberFormatter.english.groupingSeparator,
        significantDigits: 6
    )
    private let numbers = ReportNumberFormatter.english
    /// The widest the factor table may be; its source-title column gives way.
    private let maximumTableWidth = 120
    private let indent = "  "

    /// Creates a renderer.
    public init() {}

    /// Renders an explanation.
    ///
    /// - Parameter explanation: The line's explanation.
    /// - Returns: The text, ending with a line break.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ explanation: LineExplanation) throws -> String {
        let sections: [[String]] = [
            identity(explanation),
            try inputs(explanation),
            try factors(explanation),
            sources(explanation),
            try quantities("Activity", explanation.activity),
            try quantities("Parameters (u multiplies every segment)", explanation.parameters + [explanation.uplift]),
            try segments(explanation),
            try waste(explanation),
            try range(explanation),
            warnings(explanation),
        ]
        let text = sections.filter { !$0.isEmpty }
            .map { $0.map(SingleLineText.sanitized).joined(separator: "\n") }
            .joined(separator: "\n\n")
        return text + "\n"
    }

    // MARK: - Sections

    private func identity(_ explanation: LineExplanation) -> [String] {
        let line = explanation.identity
        let facts = [
            ("campaign", line.campaign ?? "-"),
            ("platform", line.platform),
            ("format", line.format.rawValue),
            ("buying", line.buying.rawValue),
            ("country", line.country),
        ]
        return ["Line item \(line.lineItem) (\(line.file):\(line.sourceLine))"] + labelled(facts)
    }

    private func inputs(_ explanation: LineExplanation) throws -> [String] {
        let given = try explanation.inputs.map { ($0.name, try inputValue($0.value)) }
        let assumed = explanation.assumed.isEmpty ? "none" : explanation.assumed.joined(separator: ", ")
        return ["Input columns (as the file gave them)"] + labelled(given) + [
            "", "Assumed (defaults applied): \(assumed)",
        ]
    }

    private func factors(_ explanation: LineExplanation) throws -> [String] {
        let rows = try explanation.factors.map { factor -> [String] in
            let applied = factor.applied
            return [
                applied.key.rawValue, applied.dimension ?? "-", try operands.string(applied.value), applied.unit,
                try applied.low.map(operands.string) ?? "-", try applied.high.map(operands.string) ?? "-",
                applied.source, factor.year.map(String.init) ?? "-",
            ]
        }
        let table = ReportTable(
            columns: [
                .text("key"), .text("dimension"), .number("value"), .text("unit"), .number("low"), .number("high"),
                .text("source"), .text("year"),
            ],
            rows: rows
        )
        let layout = TextTable(maximumWidth: maximumTableWidth, flexibleColumn: 0)
        return ["Factors applied (source \(AppliedFactor.inputSource): the file gave the value)"]
            + layout.render(table).split(separator: "\n").map { indent + $0 }
    }

    /// Each cited source once, in the order the factors cite them.
    private func sources(_ explanation: LineExplanation) -> [String] {
        var seen: Set<String> = []
        let cited = explanation.factors.filter { $0.sourceTitle != nil && seen.insert($0.applied.source).inserted }
        guard !cited.isEmpty else { return [] }
        return ["Sources"] + labelled(cited.map { ($0.applied.source, $0.sourceTitle ?? "") })
    }

    private func quantities(_ title: String, _ quantities: [LineExplanation.Quantity]) throws -> [String] {
        [title] + (try quantities.flatMap(derivation))
    }

    private func segments(_ explanation: LineExplanation) throws -> [String] {
        var lines = ["Segments (g CO2e)"]
        for step in explanation.segments {
            let name = step.segment.rawValue + (step.isCounted ? "" : " (not in the total)")
            lines += try steps(
                name,
                [
                    try arithmetic.symbols(step.formula),
                    try arithmetic.values(step.formula),
                    "\(try results.string(step.emissions.grams)) g",
                ]
            )
        }
        let counted = explanation.segments.filter(\.isCounted)
        lines += try steps(
            "total",
            [
                counted.map(\.segment.rawValue).joined(separator: " + "),
                try counted.map { try results.string($0.emissions.grams) }.joined(separator: " + "),
                "\(try results.string(explanation.total.grams)) g",
            ]
        )
        return lines
    }

    private func waste(_ explanation: LineExplanation) throws -> [String] {
        var lines = ["Waste waterfall (each cause takes its share of what the previous ones left)"]
        for step in explanation.waste {
            let impressions = try operands.string(step.impressions)
            lines += try steps(
                step.cause.rawValue,
                [
                    try arithmetic.symbols(step.formula),
                    try arithmetic.values(step.formula),
                    "\(impressions) impressions → \(try results.string(step.emissions.grams)) g",
                ]
            )
        }
        lines.append("\(indent)useful impressions = \(try operands.string(explanation.usefulImpressions))")
        return lines
    }

    private func range(_ explanation: LineExplanation) throws -> [String] {
        let facts = try language.methodFacts(explanation.rangeSettings)
        return [
            "Range",
            "\(indent)central \(try numbers.mass(explanation.range.central)), range \(try numbers.massRange(explanation.range))",
            indent + language.strings.rangeNote(facts),
        ]
    }

    private func warnings(_ explanation: LineExplanation) -> [String] {
        guard !explanation.warnings.isEmpty else { return [] }
        return ["Warnings"] + explanation.warnings.map { indent + $0.message }
    }

    // MARK: - Pieces

    private var arithmetic: ArithmeticText { ArithmeticText(numbers: operands) }

    /// `name = symbols`, then `= numbers` and `= result` aligned under the first `=`.
    private func steps(_ name: String, _ forms: [String]) throws -> [String] {
        let continuation = String(repeating: " ", count: DisplayWidth.of(name))
        return forms.enumerated().map { index, form in
            "\(indent)\(index == 0 ? name : continuation) = \(form)"
        }
    }

    /// A quantity's derivation: on one line when it is a single operand, else symbols, numbers and value.
    private func derivation(_ quantity: LineExplanation.Quantity) throws -> [String] {
        let symbols = try arithmetic.symbols(quantity.derivation)
        let value = "\(try operands.string(quantity.value)) \(quantity.unit)"
        if case .operand = quantity.derivation { return ["\(indent)\(quantity.symbol) = \(symbols) = \(value)"] }
        return try steps(quantity.symbol, [symbols, try arithmetic.values(quantity.derivation), value])
    }

    /// Name–value pairs with the values aligned.
    private func labelled(_ pairs: [(String, String)]) -> [String] {
        let width = pairs.map { DisplayWidth.of($0.0) }.max() ?? 0
        return pairs.map { name, value in
            indent + name + String(repeating: " ", count: width - DisplayWidth.of(name) + 2) + value
        }
    }

    private func inputValue(_ value: LineExplanation.InputValue) throws -> String {
        switch value {
        case .text(let text): return text
        case .count(let count): return numbers.count(count)
        case .number(let number): return try operands.string(number)
        case .deviceMix(let mix):
            if mix.shares.count == 1, let only = mix.shares.first { return only.device.rawValue }
            return try mix.shares.map { "\($0.device.rawValue):\(try operands.string($0.share))" }
                .joined(separator: ";")
        }
    }
}
