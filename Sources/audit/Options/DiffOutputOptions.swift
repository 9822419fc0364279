public import ArgumentParser
import Foundation
public import Sobriety

/// `--format` and `--output` of `audit diff`: one diff, in one format, to one place.
struct DiffOutputOptions: ParsableArguments {
    @Option(
        name: [.short, .long],
        help: "Diff format: \(PlanDiffFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: text)."
    )
    var format: PlanDiffFormat?

    @Option(name: [.short, .long], help: "A file, or - for standard output (the default).")
    var output: String = ReportWriter.standardOutput

    /// The format asked for; without `--format`, the one the output file's extension names, else `text`.
    ///
    /// - Throws: ``UsageError`` (exit 64) when an output file's extension names no diff format.
    func resolvedFormat() throws(UsageError) -> PlanDiffFormat {
        if let format { return format }
        guard output != ReportWriter.standardOutput else { return .text }
        let fileExtension = (output as NSString).pathExtension.lowercased()
        guard let implied = PlanDiffFormat.allCases.first(where: { $0.fileExtension == fileExtension }) else {
            throw UsageError(description: "cannot tell the format of \(output); add --format")
        }
        return implied
    }
}

/// `--format` values of `audit diff` are the library's format names; the conformance stays at the edge.
extension PlanDiffFormat: ExpressibleByArgument {}
