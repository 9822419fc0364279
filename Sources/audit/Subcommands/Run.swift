import ArgumentParser
import Foundation
import Sobriety

/// `audit <campaign.csv>…`: audit one campaign and write its reports.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Audit a campaign (the default command: `audit campaign.csv`)."
    )

    @Argument(help: "Campaign CSV files, audited together as one campaign.")
    var files: [String]

    @OptionGroup var output: OutputOptions
    @OptionGroup var factorOptions: FactorOptions
    @OptionGroup var budgets: BudgetOptions
    @OptionGroup var branding: BrandingOptions

    @OptionGroup var language: LanguageOptions

    @OptionGroup var input: InputOptions

    @Flag(help: "Omit per-line detail: memory stays flat however large the file.")
    var summary = false

    @Flag(help: "Include the optional corporate segment (media owners' overheads) in totals.")
    var corporate = false

    @Option(help: "Monte Carlo seed for ranges.")
    var seed: UInt64 = EstimationOptions.defaultSeed

    @Option(help: "Monte Carlo draws for ranges.")
    var draws: Int = EstimationOptions.defaultDraws

    @Option(
        name: .customLong("lean-plan"),
        help: ArgumentHelp(
            "Also write the lean plan (every recommendation applied) as a canonical campaign CSV.",
            valueName: "path"
        )
    )
    var leanPlan: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one campaign file") }
        guard (1...1_000_000).contains(draws) else { throw ValidationError("--draws must be between 1 and 1000000") }
        if leanPlan != nil, summary {
            throw ValidationError("--lean-plan needs per-line detail; drop --summary")
        }
        if leanPlan == ReportWriter.standardOutput {
            throw ValidationError("--lean-plan needs a file path; standard output carries the report")
        }
    }

    func run() throws {
        let destinations = try output.destinations()
        let rendering = try ReportRendering(
            formats: destinations.map(\.format),
            html: try branding.htmlRenderer(),
            language: language.code
        )
        let auditor = try input.auditor(factorSet: try factorOptions.store().factorSet())
        let (emissionBudgets, basis) = try budgets.emissionBudgets(platforms: auditor.factorSet.platformKeys)
        let options = EstimationOptions(
            range: RangeSettings(draws: draws, seed: seed),
            includesCorporate: corporate,
            keepsLines: !summary,
            scopes: emissionBudgets.scopes
        )
        let progress = ProgressIndicator.forStandardError(enabled: !quiet)
        let audit = try auditor.run(
            files: files.map { AuditInput(path: $0) },
            options: options,
            progress: progress?.update
        )
        var report = audit.report
        progress?.finish()
        if !quiet {
            for warning in report.warnings { Terminal.printWarning(warning.message) }
        }
        let verdicts = emissionBudgets.map { $0.verdict(for: report, basis: basis) }
        if !quiet {
            for verdict in verdicts where verdict.isEmptyScope { Terminal.printWarning(verdict.summary) }
        }
        report.budgets = verdicts.map(\.result)
        // Render everything first: a rendering error leaves no file behind.
        var outputs = try destinations.map {
            ReportWriter.Output(path: $0.path, data: try rendering.bytes(of: report, as: $0.format, for: $0.path))
        }
        if let leanPlan {
            outputs.append(.init(path: leanPlan, text: CampaignCSVRenderer().render(audit.leanPlanLines)))
        }
        // All or nothing: a failure writing any of them leaves every path as it was.
        try ReportWriter.write(outputs)
        // The gate comes last: every report is written before a failed budget exits 1.
        let failed = verdicts.filter { !$0.passed }
        if !quiet {
            for verdict in failed { Terminal.printError(verdict.summary) }
        }
        if Terminal.isGitHubActions {
            for line in try GitHubAnnotations().lines(for: report) { Terminal.printLine(line) }
        }
        if !failed.isEmpty { throw ExitStatus.budgetExceeded }
    }
}

/// `--lang`: the language of the human-facing reports (text, Markdown, HTML and PDF); the contract formats stay English.
struct LanguageOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Language of the text, Markdown, HTML and PDF reports: \(LanguageOptions.available).",
            valueName: "code"
        )
    )
    var lang: String = ReportLanguageCode.english.rawValue

    /// The codes `--lang` accepts, as the help and the usage error list them.
    static let available = ReportLanguageCode.allCases.map(\.rawValue).joined(separator: ", ")

    /// The language chosen; English until `validate()` has accepted another.
    var code: ReportLanguageCode { ReportLanguageCode(rawValue: lang) ?? .english }

    func validate() throws {
        guard ReportLanguageCode(rawValue: lang) != nil else {
            throw ValidationError("--lang \(lang) is not available; available: \(Self.available)")
        }
    }
}
