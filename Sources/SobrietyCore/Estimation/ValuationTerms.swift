/// One term of DESIGN §3's segment formulas, per unit of one activity lane:
/// `segment += lane × scale × Π factors`, where a factor may enter as its complement `1 − x`.
struct ValuationTerm: Sendable {
    let lane: Int
    let segment: Segment
    let scale: Double
    let factors: [FactorUse]
}

/// A factor entering a term as itself or as its complement (`1 − x`, the fixed-network share).
struct FactorUse: Sendable, Hashable {
    let index: Int
    let isComplement: Bool

    static func plain(_ index: Int) -> FactorUse { FactorUse(index: index, isComplement: false) }
    static func complement(_ index: Int) -> FactorUse { FactorUse(index: index, isComplement: true) }
}

extension ValuationKey {
    /// The segment formulas of DESIGN §3 written out for this key, one term per lane, segment and factor product.
    ///
    /// - `networkUse` = bytes / 1e9 × (m × mobile + (1 − m) × fixed) × grid
    /// - `networkEmbodied` = bytes / 1e3 × (m × mobile + (1 − m) × fixed)
    /// - `cdn` = bytes / 1e9 × cdn × grid
    /// - `deviceUse` = Σ_d exposure_d / 3.6e6 × power_d × grid
    /// - `deviceEmbodied` = Σ_d exposure_d × embodied_d
    /// - `adSelection` = N × adselection; `corporate` = N × corporate
    ///
    /// The made-for-advertising uplift is applied by the caller, outside the terms.
    func terms(_ factors: MethodFactors) -> [ValuationTerm] {
        let watch = defaultWatchSeconds.map { [FactorUse.plain($0)] } ?? []
        var byteSources: [(lane: Int, scale: Double, factors: [FactorUse])] = []
        let exposureFactors: [FactorUse]
        if let playerPayload {
            byteSources.append((Lane.impressions, 1, [.plain(playerPayload)]))
            let perSecond = UnitConversion.bytesPerSecondPerKilobitPerSecond
            if let resolutionBitrate {
                byteSources.append((Lane.watch, perSecond, [.plain(resolutionBitrate)] + watch))
            }
            if usesDeviceBitrates {
                for device in DeviceKind.allCases {
                    guard let bitrate = factors.deviceBitrate[device] else { continue }
                    byteSources.append((Lane.exposure(device), perSecond, [.plain(bitrate)] + watch))
                }
            }
            byteSources.append((Lane.fixedBytes, 1, watch))
            exposureFactors = watch
        } else {
            if let creativeBytes { byteSources.append((Lane.impressions, 1, [.plain(creativeBytes)])) }
            byteSources.append((Lane.fixedBytes, 1, []))
            exposureFactors = timeInView.map { [FactorUse.plain($0)] } ?? []
        }

        var terms: [ValuationTerm] = []
        let perGigabyte = 1 / UnitConversion.bytesPerGigabyte
        let perKilobyte = 1 / UnitConversion.bytesPerKilobyte
        for source in byteSources {
            func add(_ segment: Segment, _ scale: Double, _ extra: [FactorUse]) {
                terms.append(
                    ValuationTerm(
                        lane: source.lane,
                        segment: segment,
                        scale: source.scale * scale,
                        factors: source.factors + extra
                    )
                )
            }
            add(.networkUse, perGigabyte, [.plain(grid), .plain(mobileShare), .plain(factors.networkUseMobile)])
            add(.networkUse, perGigabyte, [.plain(grid), .complement(mobileShare), .plain(factors.networkUseFixed)])
            add(.networkEmbodied, perKilobyte, [.plain(mobileShare), .plain(factors.networkEmbodiedMobile)])
            add(.networkEmbodied, perKilobyte, [.complement(mobileShare), .plain(factors.networkEmbodiedFixed)])
            add(.cdn, perGigabyte, [.plain(factors.cdnUse), .plain(grid)])
        }
        for device in DeviceKind.allCases {
            guard let power = factors.devicePower[device], let embodied = factors.deviceEmbodied[device] else {
                continue
            }
            let lane = Lane.exposure(device)
            terms.append(
                ValuationTerm(
                    lane: lane,
                    segment: .deviceUse,
                    scale: 1 / UnitConversion.wattSecondsPerKilowattHour,
                    factors: exposureFactors + [.plain(power), .plain(grid)]
                )
            )
            terms.append(
                ValuationTerm(
                    lane: lane,
                    segment: .deviceEmbodied,
                    scale: 1,
                    factors: exposureFactors + [.plain(embodied)]
                )
            )
        }
        terms.append(
            ValuationTerm(lane: Lane.impressions, segment: .adSelection, scale: 1, factors: [.plain(adSelection)])
        )
        if let corporate {
            terms.append(
                ValuationTerm(lane: Lane.impressions, segment: .corporate, scale: 1, factors: [.plain(corporate)])
            )
        }
        return terms
    }

    /// Central bytes, exposure seconds and watch seconds per unit of each lane.
    func activityCoefficients(_ factors: MethodFactors) -> (
        bytes: ActivityLanes, exposureSeconds: ActivityLanes, watchSeconds: ActivityLanes
    ) {
        let watch = defaultWatchSeconds.map(factors.value) ?? 1
        var bytes = ActivityLanes()
        var exposure = ActivityLanes()
        var watchSeconds = ActivityLanes()
        let perSecond = UnitConversion.bytesPerSecondPerKilobitPerSecond
        if let playerPayload {
            bytes[Lane.impressions] = factors.value(playerPayload)
            if let resolutionBitrate { bytes[Lane.watch] = perSecond * factors.value(resolutionBitrate) * watch }
            bytes[Lane.fixedBytes] = watch
            watchSeconds[Lane.watch] = watch
            for device in DeviceKind.allCases {
                exposure[Lane.exposure(device)] = watch
                if usesDeviceBitrates, let bitrate = factors.deviceBitrate[device] {
                    bytes[Lane.exposure(device)] = perSecond * factors.value(bitrate) * watch
                }
            }
        } else {
            if let creativeBytes { bytes[Lane.impressions] = factors.value(creativeBytes) }
            bytes[Lane.fixedBytes] = 1
            let seconds = timeInView.map(factors.value) ?? 0
            for device in DeviceKind.allCases { exposure[Lane.exposure(device)] = seconds }
        }
        return (bytes, exposure, watchSeconds)
    }
}
