/// Delivers video at no more than the bitrate the screen can show (`lever.video_max_bitrate` of
/// the line's main device), for instance 1080p → 720p on phones: fewer bytes for the same views.
///
/// A line that gave `resolution` gets the highest resolution whose bitrate fits; one that gave
/// `bitrate_kbps` gets the largest bitrate. Lines on each device's default bitrate are left as
/// they are: those defaults are below the thresholds.
struct VideoBitrateLever: PlanLever {
    let lever = Lever.videoBitrate

    func apply(to lines: inout [CampaignLine], in context: LeverContext) -> LeverAction? {
        let resolutions = resolutionBitrates(context.factors)
        var changed: [(index: Int, adjustment: LineAdjustment)] = []
        var sources: Set<String> = []
        for (index, resolved) in context.evaluation.resolved.enumerated() where resolved.format.isVideo {
            let line = lines[index]
            guard let device = context.deviceMix(of: line).mainDevice,
                let maximumFactor = context.thresholds.videoMaxBitrate[device]
            else { continue }
            let maximum = context.value(maximumFactor)
            if let bitrate = line.bitrateKilobitsPerSecond {
                guard bitrate > maximum else { continue }
                lines[index].bitrateKilobitsPerSecond = maximum
                changed.append(
                    (index, LineAdjustment(lineItem: line.lineItem, kind: .bitrate, from: bitrate, to: maximum))
                )
            } else if let current = resolved.key.resolutionBitrate, let resolution = line.resolution,
                context.value(current) > maximum,
                let lighter = resolutions.last(where: { $0.kilobitsPerSecond <= maximum })
            {
                lines[index].resolution = lighter.resolution
                changed.append(
                    (
                        index,
                        LineAdjustment(
                            lineItem: line.lineItem,
                            kind: .resolution,
                            fromName: resolution,
                            toName: lighter.resolution,
                            device: device.rawValue
                        )
                    )
                )
                sources.insert(context.source(lighter.factor))
            } else {
                continue
            }
            sources.insert(context.source(maximumFactor))
        }
        guard !changed.isEmpty else { return nil }
        return LeverAction(
            instruction: "Deliver video at the resolution its main screen can show",
            lines: changed,
            sources: sources.sorted()
        )
    }

    /// The `video.bitrate` factors keyed by resolution (not by device), lightest first.
    private func resolutionBitrates(_ factors: MethodFactors) -> [(
        resolution: String, kilobitsPerSecond: Double, factor: Int
    )] {
        let devices = Set(DeviceKind.allCases.map(\.rawValue))
        return factors.bitrateByResolution.filter { !devices.contains($0.key) }
            .map { (resolution: $0.key, kilobitsPerSecond: factors.value($0.value), factor: $0.value) }
            .sorted { ($0.kilobitsPerSecond, $0.resolution) < ($1.kilobitsPerSecond, $1.resolution) }
    }
}

extension DeviceMix {
    /// The device with the largest share (the earliest in device order on a tie).
    var mainDevice: DeviceKind? {
        shares.max { $0.share < $1.share || ($0.share == $1.share && $0.device > $1.device) }?.device
    }
}
