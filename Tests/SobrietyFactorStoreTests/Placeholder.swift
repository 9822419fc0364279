import Testing

@Suite struct SobrietyFactorStoreTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
