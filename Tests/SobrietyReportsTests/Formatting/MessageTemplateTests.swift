import Testing

@testable import SobrietyReports

@Suite struct MessageTemplateTests {
    @Test func fillsNamedPlaceholders() {
        let template = MessageTemplate("{emissions} CO2e over {impressions} impressions")

        #expect(template.placeholders == ["emissions", "impressions"])
        #expect(
            template.filled(["emissions": "4.91 t", "impressions": "12,345"]) == "4.91 t CO2e over 12,345 impressions"
        )
    }

    @Test func aValueWithBracesIsWrittenAsItIs() {
        let template = MessageTemplate("budget {name} met")

        #expect(template.filled(["name": "{limit}"]) == "budget {limit} met")
    }

    @Test func bracesThatAreNoPlaceholderStayText() {
        let template = MessageTemplate("{ x } {} {a-b} {")

        #expect(template.placeholders.isEmpty)
        #expect(template.filled() == "{ x } {} {a-b} {")
    }
}
