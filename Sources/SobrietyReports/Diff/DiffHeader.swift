import SobrietyCore

/// The opening lines every human-facing diff shows: which files, the headline, and who wrote it.
struct DiffHeader: Sendable {
    /// The language the header is written in.
    let language: ReportLanguage

    private var strings: ReportStrings { language.strings }

    /// The plans compared: `base.csv → head.csv`, several files of one plan joined as a list.
    ///
    /// - Parameters:
    ///   - diff: The diff whose inputs to name.
    ///   - escape: Makes a file name safe for the format (Markdown escaping, or none).
    /// - Returns: The sentence naming the base and the head files.
    func inputs(_ diff: PlanDiff, escape: (String) -> String) -> String {
        func names(_ inputs: [InputSummary]) -> String {
            inputs.map { escape($0.path) }.joined(separator: strings.listSeparator)
        }
        return strings.diffInputs(names(diff.inputs.before), names(diff.inputs.after))
    }

    /// The change of total emissions, then the totals: `+312 kg CO2e (+10.4%) — 3.01 t → 3.32 t`.
    ///
    /// - Parameters:
    ///   - diff: The diff to sum up.
    ///   - emphasis: Wraps the change for the format (Markdown bold, or none).
    /// - Returns: The headline, on one line.
    /// - Throws: ``ReportRenderingError`` when a total is NaN or infinite.
    func headline(_ diff: PlanDiff, emphasis: (String) -> String) throws -> String {
        let emissions = diff.totals.emissions
        let deltas = DeltaFormatter(language: language)
        let change = strings.emissionsChange(
            try deltas.mass(emissions.deltaMass),
            try deltas.relative(emissions.relativeDelta)
        )
        let numbers = language.numbers
        let fromTo = strings.fromTo(
            try numbers.mass(emissions.before.central),
            try numbers.mass(emissions.after.central)
        )
        return strings.diffHeadline(emphasis(change), fromTo)
    }

    /// The tool and factor set that audited the head plan, as a sentence.
    func generatedBy(_ diff: PlanDiff) -> String {
        strings.generatedBy(
            "\(diff.tool.name) \(diff.tool.version)",
            "\(diff.factorSet.name) \(diff.factorSet.version)"
        )
    }
}
