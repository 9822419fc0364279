extension LineExplanation {
    /// Explains one line: resolves it as the estimator does, prices it with the estimator's segment
    /// terms, writes DESIGN §3's formulas out with the line's numbers, and draws its range.
    ///
    /// A line's range depends only on its own activity and the factors' seeded random streams (one
    /// stream per factor), so the estimate of the line alone has the range the audit of its whole
    /// campaign gives it, without keeping every other line.
    ///
    /// - Parameters:
    ///   - line: The line as the campaign file gave it.
    ///   - factorSet: The factors to value it with.
    ///   - options: Whether corporate is included, and the Monte Carlo settings of the range.
    /// - Throws: ``FactorSetError`` when the set lacks a factor the method needs; ``Diagnostic``
    ///   when the line names a platform the set does not know.
    public init(line: CampaignLine, factorSet: FactorSet, options: EstimationOptions = EstimationOptions()) throws {
        let factors = try MethodFactors(factorSet)
        var warnings = WarningCollector()
        let resolved = try LineResolver(factors: factors, includesCorporate: options.includesCorporate)
            .resolve(line, warnings: &warnings)
        let builder = try ExplanationBuilder(factors: factors, input: line, line: resolved, options: options)
        let segments = builder.segments()
        let total = segments.filter(\.isCounted).reduce(GramsCO2e.zero) { $0 + $1.emissions }
        identity = builder.identity
        inputs = line.givenColumns
        assumed = resolved.assumed.names
        self.factors = builder.explainedFactors()
        activity = builder.activity()
        parameters = builder.parameters()
        uplift = builder.uplift
        self.segments = segments
        self.total = total
        waste = builder.waste(total: total)
        usefulImpressions = resolved.waste.usefulImpressions
        range = try Self.range(of: line, factorSet: factorSet, options: options)
        rangeSettings = options.range
        self.warnings = warnings.warnings
    }

    /// The line's emissions as the estimator reports them when it is audited alone.
    private static func range(
        of line: CampaignLine,
        factorSet: FactorSet,
        options: EstimationOptions
    ) throws -> EmissionEstimate {
        var estimator = try CampaignEstimator(factorSet: factorSet, options: options)
        try estimator.add(line)
        return estimator.footprint().emissions(range: options.range)
    }
}

/// Writes out the arithmetic of one resolved line: activity, shared parameters, segments and waste.
///
/// Values come from the estimator's own pieces: ``ValuationKey/activityCoefficients(_:)`` for the
/// activity and ``ValuationKey/terms(_:)`` priced by ``PriceTable`` for the segments. The formulas
/// are DESIGN §3's, with the same operands; tests check they evaluate to the same figures.
private struct ExplanationBuilder {
    let factors: MethodFactors
    let input: CampaignLine
    let line: ResolvedLine
    let options: EstimationOptions
    let platform: MethodFactors.PlatformDefaults
    let deviceMix: DeviceMix
    let coefficients: (bytes: ActivityLanes, exposureSeconds: ActivityLanes, watchSeconds: ActivityLanes)

    init(factors: MethodFactors, input: CampaignLine, line: ResolvedLine, options: EstimationOptions) throws {
        guard let platform = factors.platformDefaults[input.platformKey] else {
            throw FactorSetError.missingFactors(["\(FactorKey.platformDeviceShare)[\(input.platform)/…]"])
        }
        self.factors = factors
        self.input = input
        self.line = line
        self.options = options
        self.platform = platform
        deviceMix = input.device ?? platform.deviceMix
        coefficients = line.key.activityCoefficients(factors)
    }

    // MARK: - Identity and factors

    var identity: LineExplanation.Identity {
        LineExplanation.Identity(
            file: input.location.file,
            sourceLine: input.location.line,
            lineItem: input.lineItem,
            campaign: input.campaign,
            platform: input.platform,
            format: line.format,
            buying: line.buying,
            country: factors.factor(line.key.grid).dimension ?? Country.world
        )
    }

    /// The report's factor trail, with each stored factor's year and its source's title.
    func explainedFactors() -> [LineExplanation.ExplainedFactor] {
        FactorTrail(input: input, line: line, factors: factors).entries.map { applied in
            let stored = applied.source == AppliedFactor.inputSource ? nil : storedFactor(of: applied)
            return LineExplanation.ExplainedFactor(
                applied: applied,
                year: stored?.year,
                sourceTitle: stored.flatMap { factors.set.sources[$0.source]?.title }
            )
        }
    }

    /// The stored factor an applied one was taken from; a default device share is stored per platform.
    private func storedFactor(of applied: AppliedFactor) -> EmissionFactor? {
        if applied.key == .deviceShare, let device = applied.dimension {
            return factors.set.factor(.platformDeviceShare, "\(input.platform)/\(device)")
        }
        return factors.set.factor(applied.key, applied.dimension)
    }

    // MARK: - Activity

    var impressions: Double { line.impressions }
    var watchSeconds: Double { line.activity.dot(coefficients.watchSeconds) }
    var bytes: Double { line.activity.dot(coefficients.bytes) }

    func exposureSeconds(_ device: DeviceKind) -> Double {
        let lane = Lane.exposure(device)
        return line.activity[lane] * coefficients.exposureSeconds[lane]
    }

    /// `N`, then `T` for video, each device's `S_d` and their sum `S`, then `B`.
    func activity() -> [LineExplanation.Quantity] {
        var quantities = [
            LineExplanation.Quantity(
                symbol: Symbol.impressions,
                unit: "impressions",
                derivation: impressionsDerivation,
                value: impressions
            )
        ]
        if line.format.isVideo {
            quantities.append(
                .init(symbol: Symbol.watchSeconds, unit: "s", derivation: watchDerivation, value: watchSeconds)
            )
        }
        for (device, _) in deviceMix.shares {
            quantities.append(
                .init(
                    symbol: Symbol.exposureSeconds(device),
                    unit: "s",
                    derivation: exposureDerivation(device),
                    value: exposureSeconds(device)
                )
            )
        }
        quantities.append(
            .init(
                symbol: Symbol.totalExposureSeconds,
                unit: "s",
                derivation: deviceMix.shares.count == 1
                    ? exposureOperand(deviceMix.shares[0].device)
                    : .sum(deviceMix.shares.map { exposureOperand($0.device) }),
                value: line.activity.dot(coefficients.exposureSeconds)
            )
        )
        quantities.append(.init(symbol: Symbol.bytes, unit: "bytes", derivation: bytesDerivation, value: bytes))
        return quantities
    }

    private var impressionsDerivation: Arithmetic {
        if let given = input.impressions { return .named("impressions", Double(given)) }
        if let views = input.videoViews { return .named("video_views", Double(views)) }
        return .constant(0)
    }

    private var watchDerivation: Arithmetic {
        if let watch = line.key.defaultWatchSeconds { return .product([impressionsOperand, factorOperand(watch)]) }
        if let minutes = input.watchMinutes {
            return .product([.named("watch_minutes", minutes), .constant(UnitConversion.secondsPerMinute)])
        }
        return .product([
            .named("video_views", Double(input.videoViews ?? 0)),
            .named("avg_watch_seconds", input.averageWatchSeconds ?? 0),
        ])
    }

    private func exposureDerivation(_ device: DeviceKind) -> Arithmetic {
        if line.format.isVideo { return .product([shareOperand(device), watchOperand]) }
        let timeInView = line.key.timeInView.map(factorOperand) ?? .constant(0)
        return .product([shareOperand(device), impressionsOperand, timeInView])
    }

    private var bytesDerivation: Arithmetic {
        let perKilobitPerSecond = Arithmetic.constant(UnitConversion.bytesPerSecondPerKilobitPerSecond)
        let key = line.key
        guard let payload = key.playerPayload else {
            if let creative = key.creativeBytes { return .product([impressionsOperand, factorOperand(creative)]) }
            let given = Double(input.creativeBytes ?? 0)
            return .product([impressionsOperand, .named("creative_bytes", given)])
        }
        var parts: [Arithmetic] = [.product([impressionsOperand, factorOperand(payload)])]
        if let resolution = key.resolutionBitrate {
            parts.append(.product([watchOperand, factorOperand(resolution), perKilobitPerSecond]))
        } else if key.usesDeviceBitrates {
            for (device, _) in deviceMix.shares {
                guard let bitrate = factors.deviceBitrate[device] else { continue }
                parts.append(.product([exposureOperand(device), factorOperand(bitrate), perKilobitPerSecond]))
            }
        } else if let bitrate = input.bitrateKilobitsPerSecond {
            parts.append(.product([watchOperand, .named("bitrate_kbps", bitrate), perKilobitPerSecond]))
        }
        return .sum(parts)
    }

    // MARK: - Shared parameters

    /// `g`, `m` and each device's share `s_d`.
    func parameters() -> [LineExplanation.Quantity] {
        let grid = factors.factor(line.key.grid)
        let share = factors.factor(line.key.mobileShare)
        var quantities = [
            LineExplanation.Quantity(
                symbol: Symbol.grid,
                unit: grid.unit,
                derivation: factorOperand(line.key.grid),
                value: grid.value
            ),
            .init(
                symbol: Symbol.mobileShare,
                unit: share.unit,
                derivation: factorOperand(line.key.mobileShare),
                value: share.value
            ),
        ]
        for (device, share) in deviceMix.shares {
            quantities.append(
                .init(symbol: Symbol.share(device), unit: "ratio", derivation: shareSource(device), value: share)
            )
        }
        return quantities
    }

    private func shareSource(_ device: DeviceKind) -> Arithmetic {
        if input.device == nil, let index = platform.deviceShareFactors[device] { return factorOperand(index) }
        return .named("device[\(device.rawValue)]", deviceMix.share(of: device))
    }

    /// `u = 1 + (N_mfa / N) × (waste.mfa_multiplier − 1)`.
    var uplift: LineExplanation.Quantity {
        let multiplier = factors.value(factors.mfaMultiplier)
        let madeForAdvertising = line.waste.impressions(for: .madeForAdvertising)
        return LineExplanation.Quantity(
            symbol: Symbol.uplift,
            unit: "ratio",
            derivation: .sum([
                .constant(1),
                .product([
                    .quotient(.named(Symbol.madeForAdvertisingImpressions, madeForAdvertising), impressionsOperand),
                    .difference(factorOperand(factors.mfaMultiplier), .constant(1)),
                ]),
            ]),
            value: 1 + line.madeForAdvertisingShare * (multiplier - 1)
        )
    }

    // MARK: - Segments

    /// Each segment's formula, and its grams as the estimator's terms price the line.
    func segments() -> [LineExplanation.SegmentStep] {
        let centralOnly = RangeSettings(draws: 0, seed: options.range.seed)
        var noDraws = FactorDraws(settings: centralOnly, factors: factors.set.factors)
        let table = PriceTable(terms: line.key.terms(factors), factors: factors, factorDraws: &noDraws)
        let multiplier = factors.value(factors.mfaMultiplier)
        let weighted = line.madeForAdvertisingShare * line.activity
        let uplifted = line.activity + (multiplier - 1) * weighted
        return Segment.allCases.compactMap { segment in
            guard let formula = formula(segment) else { return nil }
            return LineExplanation.SegmentStep(
                segment: segment,
                formula: formula,
                emissions: GramsCO2e(grams: uplifted.dot(table.central[segment.position])),
                isCounted: segment != .corporate || options.includesCorporate
            )
        }
    }

    /// DESIGN §3's formula of a segment with this line's operands; `nil` for corporate when not asked for.
    private func formula(_ segment: Segment) -> Arithmetic? {
        let bytes = Arithmetic.named(Symbol.bytes, bytes)
        let grid = Arithmetic.named(Symbol.grid, factors.value(line.key.grid))
        let mobile = Arithmetic.named(Symbol.mobileShare, factors.value(line.key.mobileShare))
        let fixed = Arithmetic.difference(.constant(1), mobile)
        let uplift = Arithmetic.named(Symbol.uplift, uplift.value)
        let perGigabyte = Arithmetic.quotient(bytes, .constant(UnitConversion.bytesPerGigabyte))
        func byDevice(_ factor: [DeviceKind: Int]) -> Arithmetic {
            .sum(
                deviceMix.shares.compactMap { device, _ in
                    factor[device].map { .product([exposureOperand(device), factorOperand($0)]) }
                }
            )
        }
        switch segment {
        case .networkUse:
            return .product([
                perGigabyte,
                .sum([
                    .product([mobile, factorOperand(factors.networkUseMobile)]),
                    .product([fixed, factorOperand(factors.networkUseFixed)]),
                ]),
                grid, uplift,
            ])
        case .networkEmbodied:
            return .product([
                .quotient(bytes, .constant(UnitConversion.bytesPerKilobyte)),
                .sum([
                    .product([mobile, factorOperand(factors.networkEmbodiedMobile)]),
                    .product([fixed, factorOperand(factors.networkEmbodiedFixed)]),
                ]),
                uplift,
            ])
        case .cdn:
            return .product([perGigabyte, factorOperand(factors.cdnUse), grid, uplift])
        case .deviceUse:
            let kilowattHours = Arithmetic.quotient(
                byDevice(factors.devicePower),
                .constant(UnitConversion.wattSecondsPerKilowattHour)
            )
            return .product([kilowattHours, grid, uplift])
        case .deviceEmbodied:
            return .product([byDevice(factors.deviceEmbodied), uplift])
        case .adSelection:
            return .product([impressionsOperand, factorOperand(line.key.adSelection), uplift])
        case .corporate:
            guard options.includesCorporate else { return nil }
            guard let corporate = line.key.corporate else { return .constant(0) }
            return .product([impressionsOperand, factorOperand(corporate), uplift])
        }
    }

    // MARK: - Waste

    /// The waterfall: each cause's share of what the previous ones left, and the grams charged to it.
    func waste(total: GramsCO2e) -> [LineExplanation.WasteStep] {
        var remaining = impressions
        return WasteCause.allCases.map { cause in
            let wasted = line.waste.impressions(for: cause)
            defer { remaining -= wasted }
            return LineExplanation.WasteStep(
                cause: cause,
                remainingImpressions: remaining,
                formula: .product([.named(Symbol.remainingImpressions, remaining), share(of: cause)]),
                impressions: wasted,
                emissions: total * (impressions > 0 ? wasted / impressions : 0)
            )
        }
    }

    private func share(of cause: WasteCause) -> Arithmetic {
        switch cause {
        case .invalidTraffic: return rateOperand(.invalidTraffic)
        case .madeForAdvertising:
            return platform.profile.hasMadeForAdvertisingInventory ? rateOperand(.madeForAdvertising) : .constant(0)
        case .nonViewable: return .difference(.constant(1), rateOperand(.viewability))
        case .outOfTarget: return .difference(.constant(1), rateOperand(.onTarget))
        case .excessFrequency:
            guard let cap = line.frequencyCap, let reach = input.reach else { return .constant(0) }
            let capOperand = origin(cap, column: "frequency_cap")
            let perPerson = Arithmetic.product([capOperand, .named("reach", Double(reach))])
            return .atLeastZero(.difference(.constant(1), .quotient(perPerson, impressionsOperand)))
        }
    }

    private func rateOperand(_ rate: WasteRate) -> Arithmetic {
        origin(line.rates[rate], column: rate.assumedColumn.names.first ?? rate.factorKey.rawValue)
    }

    private func origin(_ origin: RateOrigin, column: String) -> Arithmetic {
        switch origin {
        case .input(let value): .named(column, value)
        case .factor(let index): factorOperand(index)
        }
    }

    // MARK: - Operands

    private var impressionsOperand: Arithmetic { .named(Symbol.impressions, impressions) }
    private var watchOperand: Arithmetic { .named(Symbol.watchSeconds, watchSeconds) }

    private func exposureOperand(_ device: DeviceKind) -> Arithmetic {
        .named(Symbol.exposureSeconds(device), exposureSeconds(device))
    }

    private func shareOperand(_ device: DeviceKind) -> Arithmetic {
        .named(Symbol.share(device), deviceMix.share(of: device))
    }

    private func factorOperand(_ index: Int) -> Arithmetic {
        let factor = factors.factor(index)
        return .named(factor.id.description, factor.value)
    }
}

/// The symbols of DESIGN §3's formulas.
private enum Symbol {
    static let impressions = "N"
    static let watchSeconds = "T"
    static let totalExposureSeconds = "S"
    static let bytes = "B"
    static let grid = "g"
    static let mobileShare = "m"
    static let uplift = "u"
    static let madeForAdvertisingImpressions = "N_mfa"
    static let remainingImpressions = "remaining"

    static func exposureSeconds(_ device: DeviceKind) -> String { "S_\(device.rawValue)" }
    static func share(_ device: DeviceKind) -> String { "s_\(device.rawValue)" }
}
