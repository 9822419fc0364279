/// Applies DESIGN §3's defaults to a campaign line: format, buying mode, country, device mix,
/// watch time, bitrate, creative weight and waste rates, recording which columns were assumed.
struct LineResolver: Sendable {
    let factors: MethodFactors
    let includesCorporate: Bool

    /// Resolves one line.
    /// - Throws: ``Diagnostic`` when the line names a platform the factor set does not know.
    func resolve(_ line: CampaignLine, warnings: inout WarningCollector) throws -> ResolvedLine {
        guard let defaults = factors.platformDefaults[line.platformKey] else {
            throw Diagnostic(
                severity: .error,
                code: "unknown-platform",
                location: SourceLocation(file: line.location.file, line: line.location.line, column: "platform"),
                message: "\"\(line.platform)\" is not a known platform; expected one of "
                    + factors.set.platformKeys.joined(separator: ", ")
            )
        }
        let platform = defaults.profile
        var assumed: AssumedColumns = []
        let format = line.format ?? platform.defaultFormat
        let buying = line.buying ?? platform.defaultBuying
        if line.format == nil { assumed.insert(.format) }
        if line.buying == nil { assumed.insert(.buying) }

        let countryFactors: MethodFactors.CountryFactors
        if let country = line.countryKey {
            countryFactors =
                factors.countryFactors[country] ?? worldFactors(for: country.text, of: line, warnings: &warnings)
        } else {
            assumed.insert(.country)
            countryFactors = factors.worldFactors
        }

        if line.device == nil { assumed.insert(.device) }

        let impressions = Double(line.impressions ?? line.videoViews ?? 0)
        if line.impressions == nil { assumed.insert(.impressions) }

        var key = ValuationKey(
            grid: countryFactors.grid,
            mobileShare: countryFactors.mobileShare,
            adSelection: factors.adSelectionFactor(buying),
            corporate: includesCorporate ? factors.corporateByChannel[platform.channel] : nil,
            usesDeviceBitrates: false
        )
        var activity = ActivityLanes()
        activity[Lane.impressions] = impressions

        // Exposure basis: watch seconds for video, impressions (× time in view) otherwise.
        let exposureBasis: Double
        if format.isVideo {
            key.playerPayload = factors.playerPayload
            if let minutes = line.watchMinutes {
                exposureBasis = minutes * UnitConversion.secondsPerMinute
            } else if let views = line.videoViews, let average = line.averageWatchSeconds {
                exposureBasis = Double(views) * average
            } else {
                exposureBasis = impressions
                key.defaultWatchSeconds = defaults.watchSeconds
                assumed.insert(.watchMinutes)
            }
            activity[Lane.watch] = exposureBasis
            if let bitrate = line.bitrateKilobitsPerSecond {
                activity[Lane.fixedBytes] = exposureBasis * bitrate * UnitConversion.bytesPerSecondPerKilobitPerSecond
            } else if let resolution = line.resolution, let index = factors.bitrateByResolution[resolution] {
                key.resolutionBitrate = index
                assumed.insert(.bitrate)
            } else {
                key.usesDeviceBitrates = true
                assumed.formUnion([.bitrate, .resolution])
            }
        } else {
            exposureBasis = impressions
            key.timeInView = factors.timeInView
            if let bytes = line.creativeBytes {
                activity[Lane.fixedBytes] = impressions * Double(bytes)
            } else {
                key.creativeBytes = factors.creativeByFormat[format]
                assumed.insert(.creativeBytes)
            }
        }
        for (device, share) in (line.device ?? defaults.deviceMix).shares {
            activity[Lane.exposure(device)] = share * exposureBasis
        }

        var rates = RateOrigins()
        for rate in WasteRate.allCases {
            if rate == .madeForAdvertising && !platform.hasMadeForAdvertisingInventory {
                if let given = line.madeForAdvertisingRate, given > 0 {
                    warnings.add(
                        code: "mfa-rate-ignored",
                        message: "\(line.location): column 'mfa_rate': ignored on \(platform.name): "
                            + "made-for-advertising sites exist only on the open web and CTV",
                        line: line.location.line,
                        file: line.location.file
                    )
                }
                rates[rate] = .input(0)
            } else if let given = line.rate(rate) {
                rates[rate] = .input(given)
            } else {
                rates[rate] = .factor(factors.rateFactor(rate, buying))
                assumed.insert(rate.assumedColumn)
            }
        }
        var frequencyCap: RateOrigin?
        if line.reach != nil {
            if let cap = line.frequencyCap {
                frequencyCap = .input(cap)
            } else {
                frequencyCap = .factor(factors.frequencyThreshold)
                assumed.insert(.frequencyCap)
            }
        }
        func rate(_ rate: WasteRate) -> Double { rates[rate].value(in: factors) }
        let waste = WasteWaterfall(
            impressions: impressions,
            invalidTrafficRate: rate(.invalidTraffic),
            madeForAdvertisingRate: rate(.madeForAdvertising),
            viewabilityRate: rate(.viewability),
            onTargetRate: rate(.onTarget),
            reach: line.reach.map(Double.init),
            frequencyCap: frequencyCap?.value(in: factors) ?? 0
        )
        let mfaShare = impressions > 0 ? waste.impressions(for: .madeForAdvertising) / impressions : 0

        return ResolvedLine(
            format: format,
            buying: buying,
            defaultDeviceMixPlatform: line.device == nil ? defaults.position : nil,
            key: key,
            activity: activity,
            madeForAdvertisingShare: mfaShare,
            waste: waste,
            rates: rates,
            frequencyCap: frequencyCap,
            assumed: assumed
        )
    }

    /// The world's factors, for a country the factor set has no grid intensity for; warns once per country.
    private func worldFactors(
        for country: String,
        of line: CampaignLine,
        warnings: inout WarningCollector
    ) -> MethodFactors.CountryFactors {
        warnings.add(
            code: "no-grid-intensity",
            message: "\(line.location): column 'country': no grid intensity for \"\(country)\" in the factor set; "
                + "the world average is used for it (this and any later line with that country)",
            line: line.location.line,
            file: line.location.file,
            once: "no-grid-intensity:\(country)"
        )
        return factors.worldFactors
    }
}

extension CampaignLine {
    fileprivate func rate(_ rate: WasteRate) -> Double? {
        switch rate {
        case .invalidTraffic: invalidTrafficRate
        case .madeForAdvertising: madeForAdvertisingRate
        case .viewability: viewabilityRate
        case .onTarget: onTargetRate
        }
    }
}
