import ArgumentParser
import Sobriety

/// `audit explain <campaign.csv>… --line ID`: every input, factor and step behind one line's grams.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one line item: every input, factor, source and step of arithmetic behind its grams."
    )

    @Argument(help: "Campaign CSV files, read together as one campaign.")
    var files: [String]

    @Option(help: "The line_item to explain.")
    var line: String

    @OptionGroup var factorOptions: FactorOptions
    @OptionGroup var input: InputOptions

    @Flag(help: "Include the optional corporate segment (media owners' overheads) in the total.")
    var corporate = false

    @Option(help: "Monte Carlo seed for the range.")
    var seed: UInt64 = EstimationOptions.defaultSeed

    @Option(help: "Monte Carlo draws for the range.")
    var draws: Int = EstimationOptions.defaultDraws

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one campaign file") }
        guard (1...1_000_000).contains(draws) else { throw ValidationError("--draws must be between 1 and 1000000") }
    }

    func run() throws {
        let auditor = try input.auditor(factorSet: try factorOptions.store().factorSet())
        let options = EstimationOptions(range: RangeSettings(draws: draws, seed: seed), includesCorporate: corporate)
        let explanation = try auditor.explain(
            files: files.map { AuditInput(path: $0) },
            lineItem: line,
            options: options
        )
        try ReportWriter.write(try ExplanationTextRenderer().render(explanation), to: ReportWriter.standardOutput)
    }
}
