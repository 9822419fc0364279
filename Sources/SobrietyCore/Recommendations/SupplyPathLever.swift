/// Buys open-exchange lines through one supply path, a curated private-marketplace deal, instead
/// of the several paths an open auction runs through: ad selection drops from
/// `adselection.per_impression[open_exchange]` to `[pmp]`.
///
/// Waste rates the line took as open-exchange benchmarks are written into the line first, so the
/// move changes the supply path and nothing else (the rates stay what the earlier levers left).
struct SupplyPathLever: PlanLever {
    let lever = Lever.supplyPath

    func apply(to lines: inout [CampaignLine], in context: LeverContext) -> LeverAction? {
        var changed: [(index: Int, adjustment: LineAdjustment)] = []
        for (index, resolved) in context.evaluation.resolved.enumerated() where resolved.buying == .openExchange {
            var line = lines[index]
            for rate in WasteRate.allCases where line[keyPath: rate.column] == nil {
                line[keyPath: rate.column] = resolved.rates[rate].value(in: context.factors)
            }
            line.buying = .pmp
            lines[index] = line
            changed.append(
                (
                    index,
                    LineAdjustment(
                        lineItem: line.lineItem,
                        kind: .buying,
                        fromName: BuyingMode.openExchange.rawValue,
                        toName: BuyingMode.pmp.rawValue
                    )
                )
            )
        }
        guard !changed.isEmpty else { return nil }
        let factors = [BuyingMode.openExchange, .pmp].map(context.factors.adSelectionFactor)
        return LeverAction(
            instruction: "Buy through one supply path, a curated PMP deal, instead of the open exchange",
            lines: changed,
            sources: Set(factors.map(context.source)).sorted()
        )
    }
}
