/// A Sustainable Web Design rating of the emissions of a page view, from A+ (best) to F.
public enum TransferRating: String, CaseIterable, Sendable, Hashable, Codable {
    /// A+: the best.
    case aPlus = "A+"
    /// A.
    case a = "A"
    /// B.
    case b = "B"
    /// C.
    case c = "C"
    /// D.
    case d = "D"
    /// E.
    case e = "E"
    /// F: above every limit.
    case f = "F"
}

/// The limits of a rating scale: the largest grams per page view of each rating but F.
public struct TransferRatingScale: Sendable, Hashable {
    /// The upper limit, gCO2e, of each rating from A+ to E, in that order; above the last is F.
    public let limitsInGrams: [Double]

    /// The ratings that have an upper limit: every one but F.
    static let limitedRatings = TransferRating.allCases.filter { $0 != .f }

    /// Reads the limits of `key` (one factor per rating, dimension `A+` … `E`).
    init(key: FactorKey, from lookup: inout TransferFactorLookup) {
        limitsInGrams = Self.limitedRatings.map { lookup.value(key, $0.rawValue) }
    }

    /// The rating of an emission: the first whose limit it does not exceed, else F.
    public func rating(forGrams grams: Double) -> TransferRating {
        for (rating, limit) in zip(Self.limitedRatings, limitsInGrams) where grams <= limit { return rating }
        return .f
    }
}
