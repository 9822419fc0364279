/// The emissions of one unit of each activity lane, by segment, for one ``ValuationKey``:
/// at central factor values, and at every Monte Carlo draw.
///
/// Valuing activity is then a dot product: `segment grams = activity · price[segment]`.
struct PriceTable {
    /// Central price per segment, indexed like ``Segment/allCases``.
    let central: [ActivityLanes]
    /// Price per segment and draw: `draws[segment][draw]`.
    let draws: [[ActivityLanes]]

    init(terms: [ValuationTerm], factors: MethodFactors, factorDraws: inout FactorDraws) {
        let drawCount = factorDraws.settings.draws
        var central = [ActivityLanes](repeating: ActivityLanes(), count: Segment.allCases.count)
        var draws = [[ActivityLanes]](
            repeating: [ActivityLanes](repeating: ActivityLanes(), count: drawCount),
            count: Segment.allCases.count
        )
        for term in terms {
            let segment = term.segment.position
            var centralProduct = term.scale
            var product = [Double](repeating: term.scale, count: drawCount)
            for use in term.factors {
                let value = factors.value(use.index)
                centralProduct *= use.isComplement ? 1 - value : value
                let factorDraws = factorDraws.draws(use)
                for draw in 0..<drawCount { product[draw] *= factorDraws[draw] }
            }
            central[segment][term.lane] += centralProduct
            for draw in 0..<drawCount { draws[segment][draw][term.lane] += product[draw] }
        }
        self.central = central
        self.draws = draws
    }
}

extension Segment {
    /// The segment's position in ``Segment/allCases``.
    var position: Int {
        Segment.allCases.firstIndex(of: self) ?? 0
    }
}

extension ActivityLanes {
    /// The dot product with another lane vector: activity × price = grams.
    func dot(_ other: ActivityLanes) -> Double {
        (self * other).sum()
    }
}
