/// Moves useful impressions from the line with the most grams per useful impression to the one
/// with the fewest.
///
/// Lines are comparable when they share campaign, country, kind of creative (video or not) and
/// main screen (a TV spot is not traded for a phone feed impression).
/// The share moved is `lever.mix_shift_share`, and a move is made only when the donor emits at
/// least `lever.mix_intensity_ratio` times the recipient's grams per useful impression.
///
/// Both lines scale with their reach, so each keeps its frequency per person and its waste
/// shares; the plan keeps its useful impressions and reaches other people for them.
struct PlatformMixLever: PlanLever {
    let lever = Lever.platformMix

    /// Lines that may trade impressions with one another.
    private struct Comparable: Hashable {
        let campaign: String?
        let gridFactor: Int
        let isVideo: Bool
        let mainDevice: DeviceKind?
    }

    func apply(to lines: inout [CampaignLine], in context: LeverContext) -> LeverAction? {
        let shareFactor = context.thresholds.mixShiftShare
        let ratioFactor = context.thresholds.mixIntensityRatio
        let share = context.value(shareFactor)
        let leastRatio = context.value(ratioFactor)
        let resolved = context.evaluation.resolved
        var groups: [Comparable: [Int]] = [:]
        var order: [Comparable] = []
        for (index, line) in resolved.enumerated() where line.waste.usefulImpressions > 0 {
            let group = Comparable(
                campaign: lines[index].campaign,
                gridFactor: line.key.grid,
                isVideo: line.format.isVideo,
                mainDevice: context.deviceMix(of: lines[index]).mainDevice
            )
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(index)
        }
        var changed: [(index: Int, adjustment: LineAdjustment)] = []
        for group in order {
            guard let members = groups[group], members.count > 1 else { continue }
            let intensities = members.map { index in
                (
                    index: index,
                    gramsPerUseful: resolved[index].centralGrams(
                        factors: context.factors,
                        includesCorporate: context.includesCorporate
                    ) / resolved[index].waste.usefulImpressions
                )
            }
            guard let donor = intensities.max(by: { $0.gramsPerUseful < $1.gramsPerUseful }),
                let recipient = intensities.min(by: { $0.gramsPerUseful < $1.gramsPerUseful }),
                recipient.gramsPerUseful > 0, donor.gramsPerUseful >= leastRatio * recipient.gramsPerUseful
            else { continue }
            let moved = share * resolved[donor.index].waste.usefulImpressions
            let recipientUseful = resolved[recipient.index].waste.usefulImpressions
            lines[donor.index] = lines[donor.index].scaled(by: 1 - share, scalesReach: true)
            lines[recipient.index] = lines[recipient.index].scaled(by: 1 + moved / recipientUseful, scalesReach: true)
            changed.append(
                (
                    donor.index,
                    LineAdjustment(
                        lineItem: lines[donor.index].lineItem,
                        kind: .mixDonor,
                        to: donor.gramsPerUseful / recipient.gramsPerUseful,
                        counterpart: lines[recipient.index].lineItem,
                        share: share
                    )
                )
            )
            changed.append(
                (
                    recipient.index,
                    LineAdjustment(lineItem: lines[recipient.index].lineItem, kind: .mixRecipient, to: moved)
                )
            )
        }
        guard !changed.isEmpty else { return nil }
        return LeverAction(
            instruction: "Move \(ActionText.percent(share)) of a line's useful impressions to the comparable line "
                + "(same campaign, country, kind of creative and main screen) with the fewest grams per useful impression",
            lines: changed,
            sources: Set([shareFactor, ratioFactor].map(context.source)).sorted()
        )
    }
}
