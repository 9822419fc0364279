import Testing

@testable import SobrietyReports

@Suite struct HTMLTableTests {
    private let table = ReportTable(
        columns: [.text("Name <b>"), .number("Emissions")],
        rows: [["<script>x</script>", "948 kg (683–1,337 kg)"], ["plain", "12"]]
    )

    @Test func escapesEveryCellAndTitle() {
        let html = HTMLTable.render(table)

        #expect(html.contains("<th>Name &lt;b&gt;</th>"))
        #expect(html.contains("<td>&lt;script&gt;x&lt;/script&gt;</td>"))
        #expect(!html.contains("<script>"))
    }

    @Test func rightAlignsNumbersAndWrapsThemOnlyBeforeTheirRange() {
        let html = HTMLTable.render(table, className: "totals")

        #expect(html.hasPrefix("<table class=\"totals\"><thead><tr><th>Name &lt;b&gt;</th><th class=\"num\">"))
        #expect(
            html.contains(
                "<td class=\"num\"><span class=\"nowrap\">948 kg</span> <span class=\"nowrap\">(683–1,337 kg)</span></td>"
            )
        )
        #expect(html.contains("<td class=\"num\">12</td>"))
    }
}
