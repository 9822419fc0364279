import SobrietyCore
import Testing

@testable import SobrietyReports

@Suite struct ReportNumberFormatterTests {
    private let numbers = ReportNumberFormatter.english

    @Test(arguments: [
        (0.0, "0 g"),
        (0.0412, "0.0412 g"),
        (412.35, "412 g"),
        (999.4, "999 g"),
        (999.6, "1.00 kg"),
        (1_564.9, "1.56 kg"),
        (98_765, "98.8 kg"),
        (4_912_345, "4.91 t"),
        (12_345_678_900, "12,346 t"),
        (-2_500, "-2.50 kg"),
    ])
    func massesTakeTheUnitThatSuitsThem(grams: Double, expected: String) throws {
        #expect(try numbers.mass(GramsCO2e(grams: grams)) == expected)
    }

    @Test func rangeSharesTheCentralValuesUnit() throws {
        let estimate = EmissionEstimate(
            central: GramsCO2e(grams: 1_200),
            low: GramsCO2e(grams: 850),
            high: GramsCO2e(grams: 1_900)
        )
        #expect(try numbers.massWithRange(estimate) == "1.20 kg (0.850–1.90 kg)")
    }

    @Test(arguments: [(0.0, "0"), (999.5, "1,000"), (11_900_000, "11,900,000"), (-1_234.4, "-1,234")])
    func countsAreRoundedAndGrouped(value: Double, expected: String) throws {
        #expect(try numbers.count(value) == expected)
    }

    @Test func sharesOfNothingAreAbsent() throws {
        #expect(try numbers.share(1, of: 3) == "33.3%")
        #expect(try numbers.share(1, of: 0) == nil)
        #expect(try numbers.percent(-0.0001) == "0.0%")
    }

    @Test(arguments: [(0.5, "0.500 B"), (1_000, "1.00 kB"), (7.65e11, "765 GB"), (1.3745e13, "13.7 TB")])
    func dataVolumesUseDecimalUnits(bytes: Double, expected: String) throws {
        #expect(try numbers.bytes(bytes) == expected)
    }

    @Test func plainNumbersUseTheDecimalsTheyNeed() throws {
        #expect(try numbers.plain(5) == "5")
        #expect(try numbers.plain(97.5) == "97.5")
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteNumbersThrow(value: Double) {
        #expect(throws: ReportRenderingError.self) { try numbers.count(value) }
        #expect(throws: ReportRenderingError.self) { try numbers.mass(GramsCO2e(grams: value)) }
    }
}
