import Foundation
import Testing

/// `--lang`, end to end: text, Markdown and HTML in the chosen language, the contract formats unchanged.
@Suite struct LanguageTests {
    static let example = "Reports/examples/fr-launch.csv"

    @Test func theTextSummaryIsWrittenInTheChosenLanguage() throws {
        let result = try AuditProcess.run([Self.example, "--lang", "fr"])

        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Bilan carbone de la campagne\n"))
        #expect(result.standardOutput.contains("FR-TT-01"), "line items stay as they are")
    }

    @Test func theMarkdownReportIsWrittenInTheChosenLanguage() throws {
        let result = try AuditProcess.run([Self.example, "--lang", "zh", "--format", "md"])

        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("# 广告活动碳审计报告\n"))
    }

    @Test(arguments: [("de", "de", "CO2e-Audit der Kampagne"), ("zh", "zh-Hans", "广告活动碳审计报告")])
    func theHTMLReportIsWrittenInTheChosenLanguage(code: String, tag: String, title: String) throws {
        let result = try AuditProcess.run([Self.example, "--lang", code, "--format", "html"])

        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(tag)\">"))
        #expect(result.standardOutput.contains("<h1>\(title)</h1>"))
        #expect(result.standardOutput.contains("FR-TT-01"), "line items stay as they are")
        #expect(!result.standardOutput.contains("Key figures"))
    }

    @Test(arguments: ["json", "csv", "junit", "sarif"])
    func contractFormatsIgnoreTheLanguage(format: String) throws {
        let english = try AuditProcess.run([Self.example, "--format", format])
        let korean = try AuditProcess.run([Self.example, "--format", format, "--lang", "ko"])

        #expect(korean.status == english.status)
        #expect(korean.standardOutput == english.standardOutput)
    }

    @Test func theDiffIsWrittenInTheChosenLanguage() throws {
        let result = try AuditProcess.run(["diff", Self.example, Self.example, "--lang", "de"])

        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("CO2e-Vergleich\n"))
    }

    @Test(arguments: [[example, "--lang", "xx"], ["diff", example, example, "--lang", "english"]])
    func anUnknownLanguageIsAUsageErrorListingTheAvailableOnes(arguments: [String]) throws {
        let result = try AuditProcess.run(arguments)

        #expect(result.status == 64)
        #expect(result.standardError.contains("available: en, fr, de, pl, ko, zh"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test(arguments: [
        ("en", "FR-TT-01 (11.1 → 10) and FR-YT-05 (4 → 3)"),
        ("fr", "FR-TT-01 (11,1 → 10), FR-YT-05 (4 → 3)"),
        ("de", "FR-TT-01 (11,1 → 10), FR-YT-05 (4 → 3)"),
        ("pl", "FR-TT-01 (11,1 → 10), FR-YT-05 (4 → 3)"),
        ("ko", "FR-TT-01(11.1 → 10), FR-YT-05(4 → 3)"),
        ("zh", "FR-TT-01（11.1 → 10）、FR-YT-05（4 → 3）"),
    ])
    func everyLanguageNamesEachLinesChange(code: String, changes: String) throws {
        for format in ["md", "html"] {
            let result = try AuditProcess.run([Self.example, "--lang", code, "--format", format])

            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains(changes), "\(code) \(format): the frequency cap's changes")
        }
    }
}
