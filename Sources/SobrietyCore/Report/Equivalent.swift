/// An everyday activity a client understands, to compare a campaign's emissions with.
///
/// Each case is a dimension of the factor ``FactorKey/equivalentPerUnit`` in `Factors/equivalents.csv`;
/// a factor set that lacks one simply shows no such equivalent.
public enum EquivalentActivity: String, CaseIterable, Sendable, Hashable, Codable {
    /// Kilometres driven by an average petrol or diesel passenger car, gCO2e/km.
    case carKilometre = "car_km"
    /// Hours of video streaming, gCO2e/h.
    case videoStreamingHour = "video_streaming_hour"
    /// Full charges of a smartphone, gCO2/charge.
    case smartphoneCharge = "smartphone_charge"
}

/// How many units of an everyday activity emit as much as the campaign.
///
/// The amount is the campaign's emissions over the activity's emissions per unit: the central value
/// over the central factor, the low end over the high factor and the high end over the low factor,
/// so the range holds both uncertainties.
public struct Equivalent: Sendable, Hashable, Codable {
    /// The activity.
    public var activity: EquivalentActivity
    /// Units of the activity, such as kilometres, with their range.
    public var amount: Estimate<Double>
    /// The activity's emissions per unit (central, low, high), in `unit`.
    public var perUnit: Estimate<Double>
    /// The unit of `perUnit`, as the factor table writes it, such as `gCO2e/km`.
    public var unit: String
    /// The id of the source the factor cites.
    public var source: String
    /// The year of the factor.
    public var year: Int

    /// Creates an equivalent from all of its fields.
    public init(
        activity: EquivalentActivity,
        amount: Estimate<Double>,
        perUnit: Estimate<Double>,
        unit: String,
        source: String,
        year: Int
    ) {
        self.activity = activity
        self.amount = amount
        self.perUnit = perUnit
        self.unit = unit
        self.source = source
        self.year = year
    }

    /// The equivalent of `emissions` in units of the activity `factor` describes; `nil` when the factor's
    /// low end is not positive, since nothing would then divide by it.
    public init?(of emissions: EmissionEstimate, activity: EquivalentActivity, factor: EmissionFactor) {
        guard factor.low > 0, factor.isRangeConsistent else { return nil }
        self.init(
            activity: activity,
            amount: Estimate(
                central: emissions.central.grams / factor.value,
                low: emissions.low.grams / factor.high,
                high: emissions.high.grams / factor.low
            ),
            perUnit: Estimate(central: factor.value, low: factor.low, high: factor.high),
            unit: factor.unit,
            source: factor.source,
            year: factor.year
        )
    }
}
