extension CampaignLine {
    /// The impressions the line is valued on: `impressions`, else `video_views`.
    var servedImpressions: Int {
        impressions ?? videoViews ?? 0
    }

    /// A count rounded down to a whole number, except where it is a whole number but for the last
    /// bits of floating-point arithmetic (`1,000,000 × 0.6 / 0.75` is 800,000, not 799,999).
    private static func roundedDown(_ count: Double) -> Int {
        let nearest = count.rounded()
        return Int(abs(count - nearest) <= wholeNumberTolerance * max(1, nearest) ? nearest : count.rounded(.down))
    }

    /// A count rounded up to a whole number, with the same tolerance as ``roundedDown(_:)``.
    private static func roundedUp(_ count: Double) -> Int {
        let nearest = count.rounded()
        return Int(abs(count - nearest) <= wholeNumberTolerance * max(1, nearest) ? nearest : count.rounded(.up))
    }

    /// The relative distance from a whole number still taken as that number.
    private static let wholeNumberTolerance = 1e-12

    /// Hundredths of a currency unit: scaled spend is rounded to them.
    private static let centsPerUnit = 100.0

    /// The line with its volume scaled by `ratio`: impressions rounded down to a whole number,
    /// then video views, watch minutes and spend (to the cent; and reach, rounded up, when
    /// `scalesReach`) in the same proportion, so that per-impression figures and the frequency per
    /// person stay as they were.
    ///
    /// Rounding down keeps a lever from ever adding an impression it did not mean to.
    func scaled(by ratio: Double, scalesReach: Bool) -> CampaignLine {
        let served = servedImpressions
        guard served > 0, ratio.isFinite, ratio >= 0 else { return self }
        let newServed = Self.roundedDown(Double(served) * ratio)
        let effective = Double(newServed) / Double(served)
        func scaledCount(_ count: Int?) -> Int? {
            count.map { Self.roundedDown(Double($0) * effective) }
        }
        var line = self
        if impressions != nil {
            line.impressions = newServed
            line.videoViews = scaledCount(videoViews)
        } else {
            line.videoViews = newServed
        }
        line.watchMinutes = watchMinutes.map { $0 * effective }
        line.spend = spend.map { ($0 * effective * Self.centsPerUnit).rounded() / Self.centsPerUnit }
        // Reach rounds up (within the impressions), so the frequency per person never rises.
        if scalesReach { line.reach = reach.map { min(newServed, Self.roundedUp(Double($0) * effective)) } }
        return line
    }
}

extension WasteRate {
    /// The campaign column that gives this rate.
    var column: WritableKeyPath<CampaignLine, Double?> {
        switch self {
        case .invalidTraffic: \.invalidTrafficRate
        case .madeForAdvertising: \.madeForAdvertisingRate
        case .viewability: \.viewabilityRate
        case .onTarget: \.onTargetRate
        }
    }

    /// The share of impressions this cause lets through at a rate: `1 − rate` for the causes a
    /// rate names (IVT, MFA), the rate itself for the ones it keeps (viewable, on target).
    func passShare(atRate rate: Double) -> Double {
        switch self {
        case .invalidTraffic, .madeForAdvertising: 1 - rate
        case .viewability, .onTarget: rate
        }
    }
}
