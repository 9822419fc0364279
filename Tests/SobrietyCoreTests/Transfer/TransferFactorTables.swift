import Foundation
import SobrietyCore

/// The factor set the data-transfer tests use: the repository's own `Factors/transfer.csv`, grid
/// intensities and countries, so the tests check the constants that ship.
enum TransferFactorTables {
    private static let factorsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Factors")

    /// A table cell that is not the number its column holds.
    struct MalformedCell: Error {
        let text: String
    }

    /// The factors of `transfer.csv` and `grid-intensity.csv`, and the countries of `countries.csv`.
    static let set = Result { () throws -> FactorSet in
        func number(_ text: String) throws -> Double {
            guard let value = Double(text) else { throw MalformedCell(text: text) }
            return value
        }
        let factors = try (factorRows("transfer.csv") + factorRows("grid-intensity.csv")).map { fields in
            EmissionFactor(
                key: FactorKey(rawValue: fields[0]),
                dimension: fields[1].isEmpty ? nil : fields[1],
                value: try number(fields[2]),
                low: try number(fields[3]),
                high: try number(fields[4]),
                unit: fields[5],
                source: fields[6],
                year: Int(try number(fields[7])),
                note: ""
            )
        }
        let countries = try dataLines("countries.csv", fieldsBeforeRest: 2).map {
            Country(alpha2: $0[0], alpha3: $0[1], name: $0[2])
        }
        return FactorSet(
            identity: FactorSetIdentity(name: "transfer-test", version: "1", sha256: ""),
            factors: factors,
            sources: [],
            platforms: [],
            countries: countries
        )
    }

    /// The rows of a factor table, the note (the only field that may be quoted) left whole.
    private static func factorRows(_ file: String) throws -> [[String]] {
        try dataLines(file, fieldsBeforeRest: 8)
    }

    /// The data lines of a table, split at the first commas only: the leading fields of these
    /// tables never hold a comma, so no quoting reaches them.
    private static func dataLines(_ file: String, fieldsBeforeRest: Int) throws -> [[String]] {
        let text = try String(contentsOf: factorsFolder.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            line.split(separator: ",", maxSplits: fieldsBeforeRest, omittingEmptySubsequences: false).map(String.init)
        }
    }
}
