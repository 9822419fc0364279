import Foundation

/// Prints an HTML report to PDF with headless Chromium, which honours the report's `@page` size,
/// margins and page-number boxes.
struct PDFPrinter {
    /// The browser commands looked for on `PATH`, in order.
    static let browserNames = ["chromium", "chromium-browser", "google-chrome"]
    /// What to tell a user who has none of them.
    static let installHint = "--format pdf needs Chromium: apt-get install chromium"

    /// The browser's executable.
    let browser: URL

    /// The first browser found on `PATH`.
    ///
    /// - Throws: ``UsageError`` (exit 64) with the install hint when none is installed.
    static func located(path: String? = ProcessInfo.processInfo.environment["PATH"]) throws -> PDFPrinter {
        let folders = (path ?? "").split(separator: ":").map(String.init)
        for name in browserNames {
            for folder in folders {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return PDFPrinter(browser: candidate)
                }
            }
        }
        throw UsageError(description: installHint)
    }

    /// The PDF of an HTML document.
    ///
    /// The page is written to a private temporary folder with a throw-away browser profile, so
    /// concurrent runs never share state, and the folder is removed afterwards.
    ///
    /// - Parameters:
    ///   - html: The document.
    ///   - path: The report's destination, for messages.
    /// - Returns: The PDF's bytes.
    /// - Throws: ``ReportWriteError/ioError(path:reason:)`` when the browser cannot print it.
    func pdf(ofHTML html: String, for path: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("audit-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let output = folder.appendingPathComponent("report.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
            let process = Process()
            process.executableURL = browser
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                "--no-pdf-header-footer", "--print-to-pdf=\(output.path)", page.absoluteString,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0, let pdf = FileManager.default.contents(atPath: output.path),
                pdf.starts(with: Array("%PDF".utf8))
            else {
                throw ReportWriteError.ioError(
                    path: path,
                    reason: "\(browser.path) did not print the report (exit \(process.terminationStatus))"
                )
            }
            return pdf
        } catch let error as ReportWriteError {
            throw error
        } catch {
            throw ReportWriteError.ioError(
                path: path,
                reason: "cannot run \(browser.path): \(error.localizedDescription)"
            )
        }
    }
}
