import ArgumentParser
import Sobriety

/// `--factors`: the factor database to use instead of the built-in one.
struct FactorOptions: ParsableArguments {
    @Option(help: "A factor database (SQLite) to use instead of the built-in factor set.")
    var factors: String?

    /// The store the options name: the built-in tables, or the database at `--factors`, refused unless it
    /// passes every check of `audit factors verify`.
    func store() throws -> FactorStore {
        if let factors { return try FactorStore.verified(path: factors) }
        return try FactorStore.bundled()
    }

    /// The store the options name, opened but not checked beyond its integrity, schema and digest: for
    /// `audit factors verify`, which reports every check itself.
    func unverifiedStore() throws -> FactorStore {
        if let factors { return try FactorStore(path: factors) }
        return try FactorStore.bundled()
    }
}
