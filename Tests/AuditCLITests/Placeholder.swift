import Testing

@Suite struct AuditCLITestsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
