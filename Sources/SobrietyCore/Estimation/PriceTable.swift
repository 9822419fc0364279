/// The emissions of one unit of each activity lane, by segment, for one ``ValuationKey``:
/// at central factor values, and at every Monte Carlo draw.
///
/// Valuing activity is then a dot product: `segment grams = activity · price[segment]`.
struct PriceTable {
    /// Central price per segment, indexed like ``Segment/allCases``.
    let central: [ActivityLanes]
    /// Price per segment and draw: `draws[segment][draw]`.
    let draws: [[ActivityLanes]]
    /// Positions of every factor the terms apply.
    let factorIndices: Set<Int>

    init(terms: [ValuationTerm], factors: MethodFactors, factorDraws: inout FactorDraws) {
        let drawCount = factorDraws.settings.draws
        // One buffer per segment (not one shared by copy-on-write), filled in place.
        var draws = Segment.allCases.map { _ in [ActivityLanes](repeating: ActivityLanes(), count: drawCount) }
        var product = [Double](repeating: 0, count: drawCount)
        for term in terms {
            product.withUnsafeMutableBufferPointer { $0.update(repeating: term.scale) }
            for use in term.factors { factorDraws.multiply(&product, by: use) }
            product.withUnsafeBufferPointer { product in
                draws[term.segment.position].withUnsafeMutableBufferPointer { prices in
                    for draw in prices.indices { prices[draw][term.lane] += product[draw] }
                }
            }
        }
        self.central = Self.centralPrices(of: terms, factors: factors)
        self.draws = draws
        self.factorIndices = Set(terms.flatMap { $0.factors.map(\.index) })
    }

    /// The central price per segment of a key's terms, without any draw.
    static func centralPrices(of terms: [ValuationTerm], factors: MethodFactors) -> [ActivityLanes] {
        var central = [ActivityLanes](repeating: ActivityLanes(), count: Segment.allCases.count)
        for term in terms {
            let product = term.factors.reduce(term.scale) { product, use in
                let value = factors.value(use.index)
                return product * (use.isComplement ? 1 - value : value)
            }
            central[term.segment.position][term.lane] += product
        }
        return central
    }
}

/// What a plan comparison keeps of a key's price table: the central price by segment, and the
/// price of the segments counted in totals summed at each draw, a seventh of the table's memory.
struct TotalPrice {
    /// Central price per segment, indexed like ``Segment/allCases``.
    let central: [ActivityLanes]
    /// The counted segments' price summed at each draw.
    let draws: [ActivityLanes]

    /// The total price of a table over the segments at `positions`.
    init(_ table: PriceTable, counting positions: [Int]) {
        central = table.central
        var draws = [ActivityLanes](repeating: ActivityLanes(), count: table.draws.first?.count ?? 0)
        for segment in positions {
            for draw in draws.indices { draws[draw] += table.draws[segment][draw] }
        }
        self.draws = draws
    }
}

/// Total prices by valuation key, each built once from one set of factor draws, for comparing
/// several plans that share keys (the lean planner's successive plans) without pricing a key again.
struct PriceTables {
    let factors: MethodFactors
    /// The positions of the segments counted in totals.
    let countedSegments: [Int]
    private var factorDraws: FactorDraws
    private var prices: [ValuationKey: TotalPrice] = [:]

    init(factors: MethodFactors, range: RangeSettings, countedSegments: [Int]) {
        self.factors = factors
        self.countedSegments = countedSegments
        factorDraws = FactorDraws(settings: range, factors: factors.set.factors)
    }

    /// Keeps the total price of a table built elsewhere with the same draws.
    mutating func remember(_ table: PriceTable, for key: ValuationKey) {
        prices[key] = TotalPrice(table, counting: countedSegments)
    }

    /// The total price of a key, built on first use.
    mutating func price(for key: ValuationKey) -> TotalPrice {
        if let price = prices[key] { return price }
        let table = PriceTable(terms: key.terms(factors), factors: factors, factorDraws: &factorDraws)
        remember(table, for: key)
        return prices[key] ?? TotalPrice(table, counting: countedSegments)
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
