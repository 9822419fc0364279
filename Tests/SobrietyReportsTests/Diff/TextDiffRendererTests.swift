import SobrietyCore
import SobrietyReports
import Testing

@Suite struct TextDiffRendererTests {
    private let renderer = TextDiffRenderer()

    @Test func everyLineFitsIn100Columns() throws {
        let text = try renderer.render(SampleDiff.diff)
        for line in text.split(separator: "\n") {
            #expect(line.count <= 100, "\(line)")
        }
    }

    @Test func opensWithTheFilesAndTheHeadlineThenTheTables() throws {
        let text = try renderer.render(SampleDiff.diff)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Carbon diff")
        #expect(lines[1] == "plans/spring-launch.csv → plans/spring-launch-v2.csv")
        #expect(lines[3].hasPrefix("+"))
        #expect(lines[3].contains(" CO2e (+10.0%) — "))
        #expect(text.contains("Line items: 1 changed, 1 added, 1 removed, 1 unchanged."))
        #expect(text.contains("Result before"))
        #expect(!text.contains("**"))
    }
}
