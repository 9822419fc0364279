import ArgumentParser
import Sobriety

/// `audit`: the carbon audit of an advertising campaign.
@main
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit the greenhouse-gas footprint of an advertising campaign and its waste.",
        discussion: """
            Reads a campaign CSV (contracts/campaign-format.md) and writes an audit report: total \
            emissions with a range, by segment, the waste by cause, and per-line detail.

            Exit codes: 0 done, 1 a budget exceeded, 64 usage error, 65 bad input data, \
            66 input cannot be opened, 70 internal error, 73 output cannot be created, 74 I/O error.
            """,
        version: Auditor.version,
        subcommands: [Run.self, Diff.self, Explain.self, Transfer.self, Factors.self],
        defaultSubcommand: Run.self
    )

    /// Runs a command, turning every error into a message on standard error and a documented exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: ExitStatus.reportingError(error))
        }
    }
}
