/// Reads the constants of a data-transfer model from a factor set, collecting every one it lacks.
struct TransferFactorLookup {
    private let set: FactorSet
    private var missing: [String] = []

    init(_ set: FactorSet) {
        self.set = set
    }

    /// The central value of a factor; records the factor as missing (and returns 0) when the set lacks it.
    mutating func value(_ key: FactorKey, _ dimension: String? = nil) -> Double {
        if let factor = set.factor(key, dimension) { return factor.value }
        missing.append(FactorID(key: key, dimension: dimension).description)
        return 0
    }

    /// The values of every dimension the set holds for a key, by dimension.
    func values(ofEveryDimensionOf key: FactorKey) -> [Double] {
        set.dimensions(of: key).compactMap { set.factor(key, $0)?.value }
    }

    /// Records a factor family that must have at least one dimension.
    mutating func requireSomeDimension(of key: FactorKey) {
        if set.dimensions(of: key).isEmpty { missing.append("\(key)[…]") }
    }

    /// Throws when any factor read was missing.
    /// - Throws: ``FactorSetError/missingFactors(_:)`` naming each one.
    func finish() throws(FactorSetError) {
        guard missing.isEmpty else { throw FactorSetError.missingFactors(missing) }
    }
}
