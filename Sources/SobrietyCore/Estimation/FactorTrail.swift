/// The parameters applied to one line, in the report's `factors` trail, so that anyone can redo
/// its arithmetic from the report and the input (`contracts/factor-keys.md`).
struct FactorTrail {
    private(set) var entries: [AppliedFactor] = []

    init(input: CampaignLine, line: ResolvedLine, factors: MethodFactors) {
        let key = line.key
        let defaultMix = line.defaultDeviceMixPlatform.map { factors.platformDefaultsByPosition[$0] }
        let deviceMix = input.device ?? defaultMix?.deviceMix ?? DeviceMix(only: .mobile)
        add(factors, key.grid)
        add(factors, key.mobileShare)
        for index in [
            factors.networkUseMobile, factors.networkUseFixed, factors.networkEmbodiedMobile,
            factors.networkEmbodiedFixed, factors.cdnUse,
        ] {
            add(factors, index)
        }
        for (device, share) in deviceMix.shares {
            if let index = defaultMix?.deviceShareFactors[device] {
                var entry = AppliedFactor(factors.factor(index))
                entry.key = .deviceShare
                entry.dimension = device.rawValue
                entries.append(entry)
            } else {
                entries.append(
                    AppliedFactor(inputKey: .deviceShare, dimension: device.rawValue, value: share, unit: "ratio")
                )
            }
        }
        for (device, _) in deviceMix.shares {
            if let index = factors.devicePower[device] { add(factors, index) }
            if let index = factors.deviceEmbodied[device] { add(factors, index) }
        }
        if let index = key.playerPayload { add(factors, index) }
        if let index = key.defaultWatchSeconds { add(factors, index) }
        if let index = key.resolutionBitrate { add(factors, index) }
        if key.usesDeviceBitrates {
            for (device, _) in deviceMix.shares {
                if let index = factors.deviceBitrate[device] { add(factors, index) }
            }
        } else if key.playerPayload != nil, key.resolutionBitrate == nil,
            let bitrate = input.bitrateKilobitsPerSecond
        {
            entries.append(AppliedFactor(inputKey: .videoBitrate, value: bitrate, unit: "kbit/s"))
        }
        if let index = key.creativeBytes { add(factors, index) }
        if key.playerPayload == nil, key.creativeBytes == nil, let bytes = input.creativeBytes {
            entries.append(AppliedFactor(inputKey: .creativeBytes, value: Double(bytes), unit: "bytes"))
        }
        if let index = key.timeInView { add(factors, index) }
        add(factors, key.adSelection)
        if let index = key.corporate { add(factors, index) }
        add(factors, factors.mfaMultiplier)
        for rate in WasteRate.allCases {
            switch line.rates[rate] {
            case .factor(let index): add(factors, index)
            case .input(let value): entries.append(AppliedFactor(inputKey: rate.factorKey, value: value, unit: "ratio"))
            }
        }
        switch line.frequencyCap {
        case .factor(let index): add(factors, index)
        case .input(let value):
            entries.append(AppliedFactor(inputKey: .frequencyThreshold, value: value, unit: "exposures/person"))
        case nil: break
        }
    }

    private mutating func add(_ factors: MethodFactors, _ index: Int) {
        entries.append(AppliedFactor(factors.factor(index)))
    }
}
