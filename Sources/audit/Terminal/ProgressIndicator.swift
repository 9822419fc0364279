import Foundation
import Sobriety

/// A one-line progress indication on standard error while a large file is read, on a terminal only.
final class ProgressIndicator: @unchecked Sendable {
    /// Files smaller than this are read too fast for progress to help.
    private static let minimumBytes = 16 << 20
    /// Seconds between redraws.
    private static let interval = 0.25
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drew = false

    /// A progress indicator when standard error is a terminal and progress is wanted, else `nil`.
    static func forStandardError(enabled: Bool) -> ProgressIndicator? {
        enabled && Terminal.standardErrorIsTerminal ? ProgressIndicator() : nil
    }

    /// Redraws the line at most every ``interval`` seconds.
    func update(_ progress: ReadProgress) {
        guard let total = progress.totalBytes, total >= Self.minimumBytes else { return }
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(lastDraw) >= Self.interval else { return }
            lastDraw = now
            drew = true
            let percent = Int(Double(progress.bytesRead) / Double(total) * 100)
            Terminal.writeToStandardError("\rreading \(progress.path): \(percent)% (\(progress.rows) rows)")
        }
    }

    /// Clears the line.
    func finish() {
        lock.withLock {
            if drew { Terminal.writeToStandardError("\r\u{1B}[K") }
        }
    }
}
