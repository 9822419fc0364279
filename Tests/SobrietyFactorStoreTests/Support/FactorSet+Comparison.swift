import SobrietyCore

extension FactorSet {
    /// The set's identity and content as one comparable value (`FactorSet` itself is not `Equatable`).
    var comparableContent: ComparableFactorSet {
        ComparableFactorSet(
            identity: identity,
            factors: factors,
            sources: sources,
            platforms: platforms,
            countries: countries
        )
    }
}

/// Everything a ``FactorSet`` holds, `Equatable` so that tests can compare two sets.
struct ComparableFactorSet: Equatable {
    var identity: FactorSetIdentity
    var factors: [EmissionFactor]
    var sources: [String: FactorSource]
    var platforms: [String: PlatformProfile]
    var countries: [String: Country]
}
