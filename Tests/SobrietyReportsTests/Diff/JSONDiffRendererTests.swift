import Foundation
import SobrietyCore
import SobrietyReports
import Testing

@Suite struct JSONDiffRendererTests {
    private let renderer = JSONDiffRenderer()

    private func document() throws -> [String: Any] {
        let json = try renderer.render(SampleDiff.diff)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func hasTheDocumentedTopLevelKeys() throws {
        let keys = Set(try document().keys)
        #expect(
            keys == [
                "schemaVersion", "tool", "factorSet", "inputs", "totals", "waste", "lines", "budgets",
                "leanPlanEmissions",
            ]
        )
        #expect(try document()["schemaVersion"] as? String == "1")
    }

    @Test func aChangeHasItsBeforeAfterDeltaRelativeDeltaAndDirection() throws {
        let totals = try #require(try document()["totals"] as? [String: Any])
        #expect(
            Set(totals.keys) == [
                "emissions", "gramsPerThousandImpressions", "gramsPerThousandUsefulImpressions", "impressions",
                "usefulImpressions",
            ]
        )
        let emissions = try #require(totals["emissions"] as? [String: Any])
        #expect(Set(emissions.keys) == ["before", "after", "delta", "relativeDelta", "direction"])
        #expect(emissions["direction"] as? String == "increase")
        let before = try #require(emissions["before"] as? [String: Any])
        #expect(Set(before.keys) == ["central", "low", "high"])
    }

    @Test func linesListEachChangeWithItsSidesAndTheCounts() throws {
        let lines = try #require(try document()["lines"] as? [String: Any])
        #expect(Set(lines.keys) == ["items", "addedCount", "removedCount", "changedCount", "unchangedCount"])
        let items = try #require(lines["items"] as? [[String: Any]])
        #expect(items.map { $0["kind"] as? String } == ["removed", "changed", "added"])
        #expect(items[2]["lineItem"] as? String == SampleDiff.hostileLineItem)
        #expect(items[2]["before"] == nil)
        #expect(items[0]["after"] == nil)
        #expect(
            Set(items[1].keys) == [
                "lineItem", "kind", "platform", "before", "after", "emissionsDelta", "impressionsDelta",
                "usefulImpressionsDelta",
            ]
        )
    }

    @Test func wasteAndBudgetsHaveTheirDocumentedShape() throws {
        let waste = try #require(try document()["waste"] as? [String: Any])
        #expect(Set(waste.keys) == ["emissions", "share", "impressions", "causes"])
        let causes = try #require(waste["causes"] as? [[String: Any]])
        #expect(causes.map { $0["cause"] as? String } == WasteCause.allCases.map(\.rawValue))
        let budgets = try #require(try document()["budgets"] as? [[String: Any]])
        #expect(Set(budgets[0].keys) == ["metric", "limit", "unit", "before", "after"])
        let after = try #require(budgets[0]["after"] as? [String: Any])
        #expect(after["passed"] as? Bool == false)
        #expect(after["actual"] as? Double == 650_000)
    }

    @Test func keysAreSortedAndTheSameDiffGivesTheSameBytes() throws {
        let json = try renderer.render(SampleDiff.diff)
        #expect(json == (try renderer.render(SampleDiff.diff)))
        #expect(json.hasSuffix("}\n"))
        let topLevelKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            $0.split(separator: "\"")[1]
        }
        #expect(topLevelKeys == topLevelKeys.sorted())
    }
}
