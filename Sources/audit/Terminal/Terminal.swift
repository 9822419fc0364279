import Foundation

/// Standard error and terminal facts; the one place the CLI prints outside a report.
enum Terminal {
    /// Prints `error: message` (each line prefixed) on standard error.
    static func printError(_ message: String) {
        let text = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "error: \($0)" }
            .joined(separator: "\n")
        writeToStandardError(text + "\n")
    }

    /// Prints `warning: message` on standard error.
    static func printWarning(_ message: String) {
        writeToStandardError("warning: \(message)\n")
    }

    /// Prints a line as it is on standard error, such as a GitHub Actions workflow command (the
    /// runner reads them on both streams; standard output may carry the report).
    static func printLine(_ line: String) {
        writeToStandardError(line + "\n")
    }

    /// Whether the audit runs in GitHub Actions, which sets `GITHUB_ACTIONS=true`.
    static var isGitHubActions: Bool {
        ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
    }

    /// Writes text to standard error unbuffered.
    static func writeToStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal (progress is shown only there).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
