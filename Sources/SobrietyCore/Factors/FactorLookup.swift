/// Finds factors by key and dimension in a set for a type that resolves many at once, and
/// collects the ones the set lacks, so that one ``FactorSetError`` names every missing factor.
struct FactorLookup {
    let set: FactorSet
    /// The factors asked for and not found, as `key[dimension]`.
    private(set) var missing: [String] = []

    init(_ set: FactorSet) {
        self.set = set
    }

    /// The position of a factor the caller needs; a missing one is recorded and gives -1.
    mutating func required(_ key: FactorKey, _ dimension: String? = nil) -> Int {
        let id = FactorID(key: key, dimension: dimension)
        if let index = set.index(of: id) { return index }
        missing.append(id.description)
        return -1
    }

    /// The positions of a key's factor for each case, all required.
    mutating func required<Case: RawRepresentable & Hashable>(
        _ key: FactorKey,
        for cases: [Case]
    ) -> [Case: Int] where Case.RawValue == String {
        Dictionary(uniqueKeysWithValues: cases.map { ($0, required(key, $0.rawValue)) })
    }

    /// The positions of every factor the set holds for a key, by dimension.
    func byDimension(_ key: FactorKey) -> [String: Int] {
        var result: [String: Int] = [:]
        for dimension in set.dimensions(of: key) {
            result[dimension] = set.index(of: FactorID(key: key, dimension: dimension))
        }
        return result
    }

    /// Records a requirement the caller checked itself.
    mutating func recordMissing(_ description: String) {
        missing.append(description)
    }

    /// Throws when any required factor was missing.
    /// - Throws: ``FactorSetError/missingFactors(_:)`` naming each one.
    func check() throws(FactorSetError) {
        if !missing.isEmpty { throw FactorSetError.missingFactors(missing) }
    }
}
