import Testing

@Suite struct SobrietyCoreTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
