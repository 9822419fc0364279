import ArgumentParser
import Foundation
import Sobriety

/// `--format` and `--output`: which reports to write, and where.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .long],
        help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Repeatable."
    )
    var format: [ReportFormat] = []

    @Option(
        name: [.short, .long],
        help: "A file (one format), a directory (one report.<ext> per format), or - for standard output."
    )
    var output: String?

    /// Where each requested report goes.
    func destinations() throws -> [(format: ReportFormat, path: String)] {
        let formats = try resolvedFormats()
        guard let output, output != ReportWriter.standardOutput else {
            guard formats.count == 1 else {
                throw UsageError(description: "several formats need --output DIRECTORY, one report.<ext> each")
            }
            return [(formats[0], ReportWriter.standardOutput)]
        }
        if isDirectory(output) {
            return formats.map { ($0, (output as NSString).appendingPathComponent("report.\($0.fileExtension)")) }
        }
        guard formats.count == 1 else {
            throw UsageError(
                description: "--output \(output) is a file, so it takes one format; give a directory for several"
            )
        }
        return [(formats[0], output)]
    }

    /// The formats asked for; without `--format`, the one a file name implies, else `text`.
    private func resolvedFormats() throws -> [ReportFormat] {
        if !format.isEmpty { return format.uniqued() }
        guard let output, output != ReportWriter.standardOutput, !isDirectory(output) else { return [.text] }
        let name = output.lowercased()
        guard let implied = ReportFormat.allCases.first(where: { name.hasSuffix(".\($0.fileExtension)") }) else {
            throw UsageError(description: "cannot tell the format of \(output); add --format")
        }
        return [implied]
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}

extension Array where Element: Hashable {
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
