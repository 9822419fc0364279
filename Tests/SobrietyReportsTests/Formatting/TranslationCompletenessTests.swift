import Testing

@testable import SobrietyReports

/// Every table of `Reports/translations/` has exactly the keys the reports read, in the plural forms its
/// language needs, and each text uses exactly the placeholders its key offers.
@Suite struct TranslationCompletenessTests {
    private static let schema = TranslationSchema.reports

    @Test(arguments: ReportLanguageCode.allCases)
    func tableHasEveryKeyAndNoOther(code: ReportLanguageCode) throws {
        let table = try #require(try TranslationFiles.tables()[code.rawValue], "no \(code.rawValue).json")
        let expected = Self.schema.expectedKeys(for: code)

        let missing = Set(expected.keys).subtracting(table.keys).sorted()
        let extra = Set(table.keys).subtracting(expected.keys).sorted()
        #expect(missing.isEmpty, "\(code.rawValue).json lacks \(missing)")
        #expect(extra.isEmpty, "\(code.rawValue).json has keys no report reads: \(extra)")
    }

    @Test(arguments: ReportLanguageCode.allCases)
    func textsUseExactlyTheirPlaceholders(code: ReportLanguageCode) throws {
        let table = try #require(try TranslationFiles.tables()[code.rawValue], "no \(code.rawValue).json")

        for (key, placeholders) in Self.schema.expectedKeys(for: code) {
            guard let text = table[key] else { continue }
            let used = Set(MessageTemplate(text).placeholders)
            let unknown = used.subtracting(placeholders.allowed).sorted()
            let missing = placeholders.required.subtracting(used).sorted()
            #expect(unknown.isEmpty, "\(code.rawValue).json \(key) uses unknown placeholders \(unknown)")
            #expect(missing.isEmpty, "\(code.rawValue).json \(key) leaves out \(missing)")
        }
    }

    @Test func schemaListsEachKeyOnce() {
        let keys = Self.schema.entries.map(\.key)

        #expect(Set(keys).count == keys.count)
    }
}
