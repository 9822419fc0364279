import Foundation
import Testing

/// `--format html` and `--format pdf` end to end: branding flags, the brand file, templates, and PDF printing.
@Suite struct HTMLReportTests {
    static let example = "Reports/examples/fr-launch.csv"

    /// Where Chromium is, if it is installed; the PDF tests skip, saying so, without it.
    static let chromium: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    @Test func writesASelfContainedPageWithTheBranding() throws {
        let directory = try TemporaryDirectory()
        let logo = directory.url.appendingPathComponent("logo.svg")
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8).write(to: logo)
        let result = try AuditProcess.run([
            Self.example, "--format", "html", "--agency", "<i>Agency</i>", "--client", "Client",
            "--logo", logo.path, "--accent", "#123ABC",
        ])

        #expect(result.status == 0, "\(result.standardError)")
        let page = result.standardOutput
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("&lt;i&gt;Agency&lt;/i&gt;"))
        #expect(page.contains("--accent: #123abc;"))
        #expect(page.contains("src=\"data:image/svg+xml;base64,"), "an SVG logo only as an image")
        #expect(!page.contains("<script"))
    }

    @Test func readsTheBrandFileAndLetsFlagsOverrideIt() throws {
        let directory = try TemporaryDirectory()
        let brand = try directory.write(
            "brand.toml",
            "agency = \"From file\"\nclient = \"File client\"\naccent = \"#abcdef\"\n"
        )
        let result = try AuditProcess.run([
            Self.example, "--format", "html", "--brand", brand, "--client", "Flag client",
        ])

        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("<strong>From file</strong>"))
        #expect(result.standardOutput.contains("<strong>Flag client</strong>"))
        #expect(result.standardOutput.contains("--accent: #abcdef;"))
    }

    @Test func usesAnAgencyTemplate() throws {
        let directory = try TemporaryDirectory()
        let template = try directory.write(
            "t.mustache",
            "<p>{{client}}: {{#keyFigures}}{{value}};{{/keyFigures}}</p>\n"
        )
        let result = try AuditProcess.run([Self.example, "--format", "html", "--template", template, "--client", "C"])

        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("<p>C: "))
    }

    @Test(arguments: [
        (["--accent", "green"], "--accent: accent \"green\" is not a hex colour"),
        (["--logo", "/no/such/logo.png"], "--logo /no/such/logo.png: the file cannot be read"),
        (["--logo", "Reports/examples/fr-launch.csv"], "is not a PNG, JPEG or SVG image"),
        (["--template", "/no/such/template"], "--template /no/such/template: the file cannot be read"),
        (["--paper", "a3"], "--paper"),
    ])
    func badBrandingIsAUsageErrorAndWritesNothing(_ flags: [String], _ message: String) throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.html").path
        let result = try AuditProcess.run([Self.example, "-o", output] + flags)

        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(try directory.fileNames().isEmpty)
    }

    @Test func aBinaryCopiedAloneWritesTheBuiltInPage() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.url.appendingPathComponent("audit")
        try FileManager.default.copyItem(at: AuditProcess.executable, to: copy)
        let input = AuditProcess.repositoryRoot.appendingPathComponent(Self.example).path
        let result = try AuditProcess.run([input, "--format", "html"], in: directory.url, executable: copy)

        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("<section id=\"waste\">"))
    }

    @Test func aBrandFileWithAnUnknownKeyIsAUsageError() throws {
        let directory = try TemporaryDirectory()
        let brand = try directory.write("brand.toml", "agency = \"A\"\ncolour = \"#fff\"\n")
        let result = try AuditProcess.run([Self.example, "--format", "html", "--brand", brand])

        #expect(result.status == 64)
        #expect(
            result.standardError.contains("unknown key \"colour\"; expected agency, client, logo, accent"),
            "\(result.standardError)"
        )
    }

    @Test func malformedTemplateSaysWhere() throws {
        let directory = try TemporaryDirectory()
        let template = try directory.write("t.mustache", "<p>\n{{#open}} never closed\n")
        let result = try AuditProcess.run([Self.example, "--format", "html", "--template", template])

        #expect(result.status == 64)
        #expect(result.standardError.contains("t.mustache:"), "\(result.standardError)")
    }

    @Test func withoutChromiumPDFIsAUsageErrorWithTheInstallHint() throws {
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.pdf").path
        let result = try AuditProcess.run([Self.example, "-o", output], environment: ["PATH": "/nonexistent"])

        #expect(result.status == 64)
        #expect(result.standardError.contains("--format pdf needs Chromium: apt-get install chromium"))
        #expect(try directory.fileNames().isEmpty)
    }

    @Test(arguments: [("a4", "A4"), ("letter", "Letter")])
    func printsAPDFOnTheChosenPaper(_ paper: String, _ pageSize: String) throws {
        guard Self.chromium != nil else {
            print("skipped: PDF printing needs Chromium (apt-get install chromium)")
            withKnownIssue("Chromium is not installed, so no PDF can be printed") { throw SkipReason.noChromium }
            return
        }
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.pdf").path
        let result = try AuditProcess.run([Self.example, "-o", output, "--paper", paper])

        #expect(result.status == 0, "\(result.standardError)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(try directory.fileNames() == ["report.pdf"], "no temporary file left behind")
        let pages = PDFPages.count(in: pdf)
        #expect((3...12).contains(pages), "a few A4 or Letter pages, not \(pages)")
        if let info = PDFPages.pdfinfo(output) {
            #expect(info.contains("Pages:           \(pages)"), "\(info)")
            #expect(info.contains("(\(pageSize == "A4" ? "A4" : "letter"))"), "\(info)")
        }
    }

    @Test(arguments: [("zh", "广告活动碳审计报告", "第 {page} 页，共 {pages} 页"), ("ko", "캠페인 탄소 감사 보고서", "{page} / {pages}쪽")])
    func printsACJKPDFWithItsTranslatedPageNumbers(code: String, title: String, pageNumber: String) throws {
        guard Self.chromium != nil else {
            print("skipped: PDF printing needs Chromium (apt-get install chromium)")
            withKnownIssue("Chromium is not installed, so no PDF can be printed") { throw SkipReason.noChromium }
            return
        }
        let directory = try TemporaryDirectory()
        let output = directory.url.appendingPathComponent("report.pdf").path
        let result = try AuditProcess.run([Self.example, "-o", output, "--lang", code])

        #expect(result.status == 0, "\(result.standardError)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let pages = PDFPages.count(in: pdf)
        #expect((3...12).contains(pages), "a few A4 pages, not \(pages)")
        guard let extracted = PDFPages.text(output) else { return }
        // pdftotext breaks a line where the font changes (Latin digits, Hangul), so compare without spaces.
        let text = extracted.filter { !$0.isWhitespace }
        #expect(text.contains(title.filter { !$0.isWhitespace }), "the CJK title is real text, not boxes")
        for page in [1, pages] {
            let footer = pageNumber.replacingOccurrences(of: "{page}", with: "\(page)")
                .replacingOccurrences(of: "{pages}", with: "\(pages)")
            #expect(text.contains(footer.filter { !$0.isWhitespace }), "page \(page) of \(pages) says \(footer)")
        }
    }

    private enum SkipReason: Error { case noChromium }
}

/// Counts a PDF's pages without a PDF library, and asks poppler's `pdfinfo` when it is installed.
enum PDFPages {
    /// The number of `/Type /Page` objects (not `/Pages`).
    static func count(in pdf: Data) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        let pattern = try? NSRegularExpression(pattern: #"/Type\s*/Page(?![a-zA-Z])"#)
        return pattern?.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) ?? 0
    }

    /// `pdfinfo`'s output, or `nil` when poppler-utils is not installed.
    static func pdfinfo(_ path: String) -> String? {
        poppler("pdfinfo", [path])
    }

    /// The PDF's text as poppler's `pdftotext` extracts it, or `nil` when poppler-utils is not installed.
    static func text(_ path: String) -> String? {
        poppler("pdftotext", [path, "-"])
    }

    private static func poppler(_ tool: String, _ arguments: [String]) -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/\(tool)") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
