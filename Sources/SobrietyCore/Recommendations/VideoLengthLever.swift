/// Cuts creatives longer than `lever.video_seconds` down to that length.
///
/// Viewers who stopped earlier stop at the same point; the ones who watched longer stop at the
/// new end, so the average watch time per view becomes at most the new length.
///
/// Only lines that give both `video_duration_seconds` and a measured watch time (watch minutes,
/// or views × average watch seconds) are changed: a default watch time says nothing about length.
struct VideoLengthLever: PlanLever {
    let lever = Lever.videoLength

    func apply(to lines: inout [CampaignLine], in context: LeverContext) -> LeverAction? {
        let lengthFactor = context.thresholds.videoSeconds
        let length = context.value(lengthFactor)
        var changed: [(index: Int, adjustment: LineAdjustment)] = []
        for (index, resolved) in context.evaluation.resolved.enumerated() where resolved.format.isVideo {
            var line = lines[index]
            guard let duration = line.videoDurationSeconds, duration > length else { continue }
            if let minutes = line.watchMinutes {
                let views = Double(line.videoViews ?? line.servedImpressions)
                guard views > 0 else { continue }
                let average = minutes * UnitConversion.secondsPerMinute / views
                guard average > length else { continue }
                line.watchMinutes = minutes * length / average
            } else if let average = line.averageWatchSeconds, line.videoViews != nil {
                guard average > length else { continue }
                line.averageWatchSeconds = length
            } else {
                continue
            }
            line.videoDurationSeconds = length
            lines[index] = line
            changed.append(
                (index, LineAdjustment(lineItem: line.lineItem, kind: .duration, from: duration, to: length))
            )
        }
        guard !changed.isEmpty else { return nil }
        return LeverAction(
            instruction: "Cut the creative down (watch time per view capped at the new length)",
            lines: changed,
            sources: [context.source(lengthFactor)]
        )
    }
}
