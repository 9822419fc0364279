import ArgumentParser
import Sobriety

/// `--factors`: the factor database to use instead of the built-in one.
struct FactorOptions: ParsableArguments {
    @Option(help: "A factor database (SQLite) to use instead of the built-in factor set.")
    var factors: String?

    /// The store the options name: the built-in tables, or the database at `--factors`.
    func store() throws -> FactorStore {
        if let factors { return try FactorStore(path: factors) }
        return try FactorStore.bundled()
    }
}
