import SobrietyCore

/// A diff of ``SampleReport/full`` against a head plan where one line grew, one was removed and a
/// line whose id tries to break a Markdown table was added.
enum SampleDiff {
    /// The added line item: a table cell break and an HTML tag.
    static let hostileLineItem = "| <img onerror=x> |"

    /// The diff, with a total budget exceeded on the head plan only.
    static var diff: PlanDiff {
        var base = SampleReport.full
        base.budgets = [BudgetResult(metric: "total", limit: 600_000, actual: 500_000, unit: "g", passed: true)]
        var head = base
        head.inputs[0].path = "plans/spring-launch-v2.csv"
        head.lines[0].impressions *= 2
        head.lines[0].emissions = head.lines[0].emissions.map { $0 * 2 }
        var added = head.lines[1]
        added.lineItem = hostileLineItem
        added.emissions = added.emissions.map { $0 * 0.1 }
        head.lines.remove(at: 1)
        head.lines.append(added)
        head.totals.emissions = head.totals.emissions.map { $0 * 1.1 }
        head.waste.share += 0.014
        head.budgets = [BudgetResult(metric: "total", limit: 600_000, actual: 650_000, unit: "g", passed: false)]
        return PlanDiff(base: base, head: head)
    }
}
