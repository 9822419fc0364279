import ArgumentParser
import Sobriety

/// `audit transfer`: bytes → grams of CO2e with the Sustainable Web Design model (v4, v3) or
/// OneByte, as CO2.js v0.19.0 computes them; one `--bytes` count, or a CSV of them with `--input`.
struct Transfer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Convert bytes transferred into grams of CO2e (Sustainable Web Design v4 or v3, or OneByte).",
        discussion: """
            One transfer with --bytes N, or many with --input FILE.csv: a bytes column, and optional \
            green, green_share, grid_intensity, grid_data_center, grid_network, grid_device, country, \
            first_visit_ratio, return_visit_ratio and data_reload_ratio columns; the options give the \
            values of the cells left empty. The constants come from the factor set (transfer.*).
            """
    )

    @Option(help: "The bytes transferred (a whole number).")
    var bytes: Double?

    @Option(help: "A CSV file with a bytes column, one transfer per row.")
    var input: String?

    @Option(help: "The model: \(TransferModel.allCases.map(\.rawValue).joined(separator: ", ")).")
    var model: TransferModel = .swdV4

    @Flag(help: "The data centre runs on renewable energy (a green share of 1).")
    var green = false

    @Option(help: "The renewable share of the data centre's energy, 0–1 (swd-v4).")
    var greenShare: Double?

    @Option(help: "The grid intensity of every segment, gCO2e/kWh.")
    var gridIntensity: Double?

    @Option(help: "The country whose grid intensity applies to every segment (ISO alpha-2 or alpha-3).")
    var country: String?

    @Flag(help: "Estimate a visit (first and return visits) rather than one transfer.")
    var perVisit = false

    @Option(help: "With --per-visit: the share of first visits, 0–1.")
    var firstVisitRatio: Double?

    @Option(help: "With --per-visit: the share of return visits, 0–1.")
    var returnVisitRatio: Double?

    @Option(help: "With --per-visit: the share of the data a return visit loads again, 0–1.")
    var dataReloadRatio: Double?

    @Option(name: [.short, .long], help: "text or json for --bytes; csv or json for --input.")
    var format: TransferOutputFormat?

    @Option(name: [.short, .long], help: "The file to write, or - for standard output.")
    var output: String = ReportWriter.standardOutput

    @OptionGroup var factorOptions: FactorOptions

    func validate() throws {
        guard (bytes == nil) != (input == nil) else { throw ValidationError("give either --bytes or --input") }
        if green, greenShare != nil { throw ValidationError("give --green or --green-share, not both") }
        if gridIntensity != nil, country != nil {
            throw ValidationError("give --grid-intensity or --country, not both")
        }
        if !perVisit, [firstVisitRatio, returnVisitRatio, dataReloadRatio].contains(where: { $0 != nil }) {
            throw ValidationError("--first-visit-ratio, --return-visit-ratio and --data-reload-ratio need --per-visit")
        }
        let allowed: [TransferOutputFormat] = bytes != nil ? [.text, .json] : [.csv, .json]
        if let format, !allowed.contains(format) {
            let names = allowed.map(\.rawValue).joined(separator: " or ")
            throw ValidationError("--format \(format.rawValue) is not available here; expected \(names)")
        }
    }

    func run() throws {
        let factorSet = try factorOptions.store().factorSet()
        let estimator = try TransferEstimator(model: model, factors: factorSet)
        if perVisit, !model.estimatesVisits {
            throw UsageError(description: "--per-visit: \(TransferInputError.perVisitNotSupported(model))")
        }
        let defaults = TransferDefaults(options: self)
        if let bytes {
            let request = try defaults.request(bytes: bytes)
            let estimate: TransferEstimate
            do {
                estimate = try estimator.estimate(request)
            } catch {
                throw UsageError(description: "--\(TransferDefaults.flag(error.parameter)): \(error)")
            }
            let document = TransferDocument(factorSet: factorSet.identity, estimate: estimate, bytes: bytes)
            let text = format == .json ? try document.json() : document.text()
            try ReportWriter.write(text, to: output)
            return
        }
        guard let input else { return }
        let table = try TransferBatch(estimator: estimator, defaults: defaults).estimate(file: input)
        let text = format == .json ? try table.json(factorSet: factorSet.identity) : try table.csv()
        try ReportWriter.write(text, to: output)
    }
}

/// The output formats of `audit transfer`.
enum TransferOutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Human-readable lines (one transfer).
    case text
    /// A JSON document.
    case json
    /// The input rows with the results added (a batch).
    case csv
}
