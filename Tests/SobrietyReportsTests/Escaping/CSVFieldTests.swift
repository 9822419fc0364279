import Testing

@testable import SobrietyReports

@Suite struct CSVFieldTests {
    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("a=b", "a=b"),
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
    ])
    func textFieldsAreNeutralisedAndQuoted(input: String, expected: String) {
        #expect(CSVField.text(input) == expected)
    }

    @Test(arguments: [(0.0, "0"), (-12.5, "-12.5"), (4_200_000, "4200000"), (0.0412, "0.0412")])
    func numbersArePlainDecimals(value: Double, expected: String) throws {
        #expect(try CSVField.number(value) == expected)
    }
}
