/// Compresses static creatives heavier than `lever.creative_bytes` of their format (WebP or AVIF
/// at the GMSF formula's compression ratio 20 instead of 10): fewer bytes for the same impression.
struct CreativeWeightLever: PlanLever {
    let lever = Lever.creativeWeight

    func apply(to lines: inout [CampaignLine], in context: LeverContext) -> LeverAction? {
        var changed: [(index: Int, adjustment: LineAdjustment)] = []
        var sources: Set<String> = []
        for (index, resolved) in context.evaluation.resolved.enumerated() where !resolved.format.isVideo {
            guard let targetFactor = context.thresholds.creativeBytes[resolved.format] else { continue }
            let target = context.value(targetFactor)
            let current =
                lines[index].creativeBytes.map(Double.init)
                ?? resolved.key.creativeBytes.map(context.value)
            guard let current, current > target else { continue }
            lines[index].creativeBytes = Int(target)
            changed.append(
                (
                    index,
                    LineAdjustment(lineItem: lines[index].lineItem, kind: .creativeBytes, from: current, to: target)
                )
            )
            sources.insert(context.source(targetFactor))
        }
        guard !changed.isEmpty else { return nil }
        return LeverAction(
            instruction: "Compress static creatives to WebP or AVIF",
            lines: changed,
            sources: sources.sorted()
        )
    }
}
