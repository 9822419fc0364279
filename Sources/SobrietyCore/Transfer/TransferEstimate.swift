/// The emissions of a data transfer, by segment, as a data-transfer model estimates them.
///
/// Every model estimates one full load of the bytes; a per-visit estimate then weights it by the
/// visit ratios: first visits load everything, return visits reload a share of it.
public struct TransferEstimate: Sendable, Hashable {
    /// The model that made the estimate.
    public let model: TransferModel
    /// One full load's grams by segment, green hosting applied.
    public let loadGrams: SegmentValues
    /// The visit ratios of a per-visit estimate, or `nil` for a per-byte one.
    public let visits: VisitRatios?
    /// SWD v4 only: operational grams by segment at the grid intensities, before green hosting.
    public let operationalGrams: SegmentValues?
    /// SWD v4 only: embodied grams by segment at the global grid intensity.
    public let embodiedGrams: SegmentValues?
    /// The rating scale of the model, or `nil` for OneByte.
    let ratingScale: TransferRatingScale?

    init(
        model: TransferModel,
        loadGrams: SegmentValues,
        visits: VisitRatios?,
        operationalGrams: SegmentValues? = nil,
        embodiedGrams: SegmentValues? = nil,
        ratingScale: TransferRatingScale?
    ) {
        self.model = model
        self.loadGrams = loadGrams
        self.visits = visits
        self.operationalGrams = operationalGrams
        self.embodiedGrams = embodiedGrams
        self.ratingScale = ratingScale
    }

    /// The first visits' grams by segment: the load, times the share of first visits.
    public var firstVisitGrams: SegmentValues {
        guard let visits else { return loadGrams }
        return loadGrams.scaled(by: visits.firstVisit)
    }

    /// The return visits' grams by segment: the load, times the share of return visits and of data reloaded.
    public var returnVisitGrams: SegmentValues {
        guard let visits else { return SegmentValues() }
        return loadGrams.scaled(by: visits.returnVisit * visits.dataReload)
    }

    /// Each segment's part of the total.
    public var segmentGrams: SegmentValues { firstVisitGrams + returnVisitGrams }

    /// The total grams of CO2e.
    public var totalGrams: Double { segmentGrams.total }

    /// The rating of the total on the model's scale, or `nil` for OneByte, which has none.
    public var rating: TransferRating? { ratingScale?.rating(forGrams: totalGrams) }
}
