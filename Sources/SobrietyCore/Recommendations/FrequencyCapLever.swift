/// Holds each person's exposures to the line's frequency cap.
///
/// The cap is the line's `frequency_cap`, else `waste.frequency_threshold`: a line that reaches
/// `R` people at a cap `c` needs at most `c × R` impressions. Reach and useful impressions stay;
/// only the excess exposures go.
struct FrequencyCapLever: PlanLever {
    let lever = Lever.frequencyCap

    func apply(to lines: inout [CampaignLine], in context: LeverContext) -> LeverAction? {
        var changed: [(index: Int, adjustment: LineAdjustment)] = []
        var sources: Set<String> = []
        for (index, resolved) in context.evaluation.resolved.enumerated() {
            guard let reach = lines[index].reach, reach > 0, let cap = resolved.frequencyCap else { continue }
            let capValue = cap.value(in: context.factors)
            let impressions = resolved.impressions
            let capped = capValue * Double(reach)
            guard impressions > capped else { continue }
            lines[index] = lines[index].scaled(by: capped / impressions, scalesReach: false)
            let frequency = impressions / Double(reach)
            changed.append(
                (
                    index,
                    LineAdjustment(lineItem: lines[index].lineItem, kind: .frequency, from: frequency, to: capValue)
                )
            )
            if case .factor(let factor) = cap { sources.insert(context.source(factor)) }
        }
        guard !changed.isEmpty else { return nil }
        return LeverAction(
            instruction: "Cap frequency (exposures per person)",
            lines: changed,
            sources: sources.sorted()
        )
    }
}
