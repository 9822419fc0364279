import Testing

@Suite struct SobrietyIngestTestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
