import Foundation
import SobrietyCore
import Testing

@testable import SobrietyReports

/// The text of `audit explain`: its sections, its arithmetic and its defence against hostile input.
@Suite struct ExplanationTextRendererTests {
    @Test func everySectionIsPrintedInOrder() throws {
        let text = try ExplanationTextRenderer().render(try ExplanationSample.explanation())
        let headings = [
            "Line item V-1 (plan.csv:2)", "Input columns", "Assumed (defaults applied): format, buying, country",
            "Factors applied", "Sources", "Activity", "Parameters", "Segments (g CO2e)", "Waste waterfall", "Range",
        ]
        var searchStart = text.startIndex
        for heading in headings {
            let found = try #require(text.range(of: heading, range: searchStart..<text.endIndex), "\(heading)")
            searchStart = found.upperBound
        }
        #expect(text.hasSuffix("\n"))
        #expect(!text.contains("\n\n\n"))
    }

    @Test func theArithmeticIsWrittenWithSymbolsThenNumbers() throws {
        let text = try ExplanationTextRenderer().render(try ExplanationSample.explanation())
        // T = 100 × 60; B = 1,000 × 300,000 + S_mobile × 800 × 125 with S_mobile = T.
        #expect(text.contains("  T = watch_minutes × 60\n    = 100 × 60\n    = 6,000 s\n"))
        #expect(text.contains("  B = N × video.player_payload + S_mobile × video.bitrate[mobile] × 125\n"))
        #expect(text.contains("    = 1,000 × 300,000 + 6,000 × 800 × 125\n    = 900,000,000 bytes\n"))
        #expect(text.contains("  g = grid.intensity[WORLD] = 500 gCO2e/kWh\n"))
        #expect(text.contains("  networkEmbodied = (B / 1,000) × (m × network.embodied.mobile"))
        #expect(text.contains("= (900,000,000 / 1,000) × (0.25 × 0.000008 + (1 − 0.25) × 0.000002) × 1\n"))
        #expect(text.contains("  adSelection = N × adselection.per_impression[social] × u\n"))
        #expect(text.contains("              = 1,000 × 0.004 × 1\n              = 4 g\n"))
        #expect(text.contains("  invalid_traffic = remaining × waste.ivt_rate[social]\n"))
        #expect(text.contains("= remaining × max(0, 1 − (waste.frequency_threshold × reach / N))"))
        #expect(text.contains("  useful impressions = "))
        #expect(text.contains("Sources\n  TEST  Round numbers\n"))
        #expect(text.contains("Monte Carlo draws (seed 3)"))
    }

    @Test func aHostileLineItemCannotInjectEscapesOrLines() throws {
        let hostile = "\u{1b}[31m|<img onerror=x>|\nX"
        let clean = try ExplanationTextRenderer().render(try ExplanationSample.explanation())
        let text = try ExplanationTextRenderer()
            .render(try ExplanationSample.explanation(lineItem: hostile, campaign: "\u{202E}evil\r\nY"))
        #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0.properties.isBidiControl })
        #expect(
            text.split(separator: "\n", omittingEmptySubsequences: false).count
                == clean.split(separator: "\n", omittingEmptySubsequences: false).count
        )
        #expect(text.contains("Line item \u{FFFD}[31m|<img onerror=x>| X (plan.csv:2)"))
        #expect(!text.contains("\nX"))
        #expect(!text.contains("\nY"))
    }

    @Test func numbersKeepEnoughDigitsToRedoTheArithmetic() throws {
        let operands = SignificantNumberFormatter(decimalSeparator: ".", groupingSeparator: ",", significantDigits: 10)
        #expect(try operands.string(8e-6) == "0.000008")
        #expect(try operands.string(0.0000087) == "0.0000087")
        #expect(try operands.string(4_652_925_000_000) == "4,652,925,000,000")
        #expect(try operands.string(6.2) == "6.2")
        #expect(try operands.string(-1_234.5) == "-1,234.5")
        #expect(try operands.string(0) == "0")
        #expect(try operands.string(1.5e-12) == "1.5e-12")
        #expect(try operands.string(294.000_000_000_000_06) == "294")
        let results = SignificantNumberFormatter(decimalSeparator: ".", groupingSeparator: ",", significantDigits: 6)
        #expect(try results.string(24_913.583_412) == "24,913.6")
        #expect(throws: ReportRenderingError.self) { try results.string(.nan) }
    }
}
