/// A campaign line with every default applied: what the estimator values.
///
/// Plain data with no references, so resolving and summing millions of lines costs no reference
/// counting; the input line itself is kept apart, and only when per-line detail is asked for.
struct ResolvedLine: Sendable {
    let format: AdFormat
    let buying: BuyingMode
    /// The platform whose default device mix the line took, or `nil` when the input gave the mix.
    let defaultDeviceMixPlatform: Int?
    let key: ValuationKey
    /// The line's activity in the key's lanes.
    let activity: ActivityLanes
    /// Share of impressions on made-for-advertising sites, `N_mfa / N`: the MFA uplift's weight.
    let madeForAdvertisingShare: Double
    let waste: WasteWaterfall
    /// The rates applied: from the input, or a default factor's position.
    let rates: RateOrigins
    /// The frequency cap applied, when reach is known.
    let frequencyCap: RateOrigin?
    /// Input columns that took a default value.
    let assumed: AssumedColumns

    var impressions: Double { activity[Lane.impressions] }
}

/// Where a rate or parameter came from: the input, or a factor of the set.
enum RateOrigin: Sendable, Hashable {
    case input(Double)
    case factor(Int)

    func value(in factors: MethodFactors) -> Double {
        switch self {
        case .input(let value): value
        case .factor(let index): factors.value(index)
        }
    }
}

/// The origin of each waste rate of a line (a fixed struct: resolving a line must not allocate).
struct RateOrigins: Sendable, Hashable {
    var invalidTraffic = RateOrigin.input(0)
    var madeForAdvertising = RateOrigin.input(0)
    var viewability = RateOrigin.input(1)
    var onTarget = RateOrigin.input(1)

    subscript(rate: WasteRate) -> RateOrigin {
        get {
            switch rate {
            case .invalidTraffic: invalidTraffic
            case .madeForAdvertising: madeForAdvertising
            case .viewability: viewability
            case .onTarget: onTarget
            }
        }
        set {
            switch rate {
            case .invalidTraffic: invalidTraffic = newValue
            case .madeForAdvertising: madeForAdvertising = newValue
            case .viewability: viewability = newValue
            case .onTarget: onTarget = newValue
            }
        }
    }
}
