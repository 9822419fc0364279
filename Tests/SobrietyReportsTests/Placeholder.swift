import Testing

@Suite struct SobrietyReportsTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
