import SobrietyCore

extension AuditReport {
    /// A hand-built report with the figures budgets read; every other part is empty or zero.
    static func budgetSample(
        emissions: EmissionEstimate,
        impressions: Double,
        usefulImpressions: Double,
        wasteShare: Double
    ) -> AuditReport {
        let perThousand = { (count: Double) in emissions.map { $0 * (1_000 / count) } }
        return AuditReport(
            tool: ToolInfo(version: "test"),
            factorSet: FactorSetIdentity(name: "test", version: "0", sha256: String(repeating: "0", count: 64)),
            inputs: [],
            method: MethodInfo(range: RangeSettings(draws: 1, seed: 1)),
            totals: Totals(
                impressions: impressions,
                usefulImpressions: usefulImpressions,
                videoWatchSeconds: 0,
                bytes: 0,
                emissions: emissions,
                gramsPerThousandImpressions: perThousand(impressions),
                gramsPerThousandUsefulImpressions: perThousand(usefulImpressions)
            ),
            segments: SegmentEmissions(includesCorporate: false) { _ in Estimate(exactly: .zero) },
            waste: WasteSummary(emissions: emissions.map { $0 * wasteShare }, share: wasteShare, causes: []),
            lines: [],
            warnings: [],
            sources: []
        )
    }
}
