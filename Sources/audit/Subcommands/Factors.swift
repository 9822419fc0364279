import ArgumentParser
import Foundation
import Sobriety

/// `audit factors …`: inspect, build, export and check the factor store.
struct Factors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factors",
        abstract: "Inspect, build, export and verify the factor store.",
        subcommands: [List.self, Show.self, Sources.self, Verify.self, Export.self, Build.self]
    )

    /// `audit factors list`: every factor, one per line.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the factors: key, dimension, value, range, unit, source."
        )

        @OptionGroup var factorOptions: FactorOptions

        @Option(help: "Only keys starting with this prefix, e.g. grid or device.")
        var prefix: String?

        func run() throws {
            let set = try factorOptions.store().factorSet()
            print(FactorListing.header(set))
            let rows = set.factors.filter { prefix.map($0.key.rawValue.hasPrefix) ?? true }.map(FactorListing.row)
            print(FactorListing.table(rows))
        }
    }

    /// `audit factors show KEY`: every row of one key, with its notes and sources.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show every row of one factor key, with notes and sources."
        )

        @OptionGroup var factorOptions: FactorOptions

        @Argument(help: "A factor key, e.g. grid.intensity or device.power.")
        var key: String

        func run() throws {
            let set = try factorOptions.store().factorSet()
            let rows = set.factors.filter { $0.key.rawValue == key }
            guard !rows.isEmpty else {
                let keys = Set(set.factors.map(\.key.rawValue)).sorted()
                throw UsageError(description: "no factor \(key); known keys: \(keys.joined(separator: ", "))")
            }
            for factor in rows {
                let source = set.sources[factor.source]
                print(FactorListing.row(factor).joined(separator: "  "))
                print("    year \(factor.year); \(factor.note)")
                if let source {
                    print("    source: \(source.publisher), \(source.title) (\(source.year)) \(source.url)")
                }
            }
        }
    }

    /// `audit factors sources`: the cited sources.
    struct Sources: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sources",
            abstract: "List the sources the factors cite."
        )

        @OptionGroup var factorOptions: FactorOptions

        func run() throws {
            let set = try factorOptions.store().factorSet()
            let rows = set.sources.values.sorted { $0.id < $1.id }.map {
                [$0.id, $0.publisher, "\($0.year)", $0.licence, $0.url]
            }
            print(FactorListing.table([["id", "publisher", "year", "licence", "url"]] + rows))
        }
    }

    /// `audit factors verify`: integrity, schema, digest, sources and ranges.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check a factor store: integrity, schema version, digest, sources, ranges and platform defaults."
        )

        @OptionGroup var factorOptions: FactorOptions

        func run() throws {
            let store = try factorOptions.unverifiedStore()
            let verification = try store.verify()
            print(FactorListing.header(try store.factorSet()))
            print(verification.description)
            guard verification.passed else {
                Terminal.printError("the factor store failed verification")
                throw ExitStatus.dataError
            }
        }
    }

    /// `audit factors export --sqlite PATH`: write the store as a standalone database.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the factor set as a SQLite database, e.g. to edit a factor and audit with --factors."
        )

        @OptionGroup var factorOptions: FactorOptions

        @Option(help: "The database file to write.")
        var sqlite: String

        func run() throws {
            try factorOptions.store().export(toSQLite: sqlite)
        }
    }

    /// `audit factors build --from DIR --sqlite PATH`: build a store from factor tables.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Build a factor database from a folder of factor tables (the layout of Factors/)."
        )

        @Option(help: "The folder of factor tables.")
        var from: String = "Factors"

        @Option(help: "The database file to write.")
        var sqlite: String

        func run() throws {
            try FactorStore.build(fromDirectory: from).export(toSQLite: sqlite)
        }
    }
}

/// Plain-text tables for the factor commands.
private enum FactorListing {
    static func header(_ set: FactorSet) -> String {
        "factor set \(set.identity.name) \(set.identity.version), sha256 \(set.identity.sha256), \(set.factors.count) factors"
    }

    static func row(_ factor: EmissionFactor) -> [String] {
        [
            factor.key.rawValue, factor.dimension ?? "-", "\(factor.value)", "\(factor.low)…\(factor.high)",
            factor.unit,
            factor.source,
        ]
    }

    /// Columns padded to their widest cell.
    static func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            .joined(separator: "  ")
        }
        .joined(separator: "\n")
    }
}
