public import SobrietyCore

/// Values for the columns a file leaves empty, the same for every row: what `--country DE` or
/// `--device mobile` give a platform export that has no such column.
///
/// A row's own non-empty cell wins over a file-wide value.
public struct FileWideValues: Sendable, Hashable {
    /// The values, by canonical column.
    let columns: [CampaignColumn: String]

    /// No values.
    public init() {
        self.columns = [:]
    }

    /// Values by canonical column name (`country`, `device`, `creative_bytes`, …).
    ///
    /// - Throws: ``InputErrors`` naming each name that is not a column of the format.
    public init(_ values: [String: String]) throws(InputErrors) {
        var columns: [CampaignColumn: String] = [:]
        var errors: [Diagnostic] = []
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let column = CampaignColumn(rawValue: name), ![.lineItem, .campaign].contains(column) else {
                errors.append(Self.problem(name, "is not a column a whole file can share"))
                continue
            }
            columns[column] = value
        }
        guard errors.isEmpty else { throw InputErrors(diagnostics: errors) }
        self.columns = columns
    }

    /// Whether no value is given.
    public var isEmpty: Bool { columns.isEmpty }

    /// The values that are not valid cells of their column for `factorSet`, as errors naming the column.
    public func problems(factorSet: FactorSet) -> [Diagnostic] {
        let cells = CellParser(factorSet: factorSet)
        return columns.sorted { $0.key.rawValue < $1.key.rawValue }.compactMap { column, text in
            do throws(CellError) {
                try CampaignRowParser.check(text, as: column, cells: cells)
                return nil
            } catch {
                return Self.problem(column.rawValue, error.message)
            }
        }
    }

    private static func problem(_ name: String, _ message: String) -> Diagnostic {
        Diagnostic(severity: .error, code: "invalid-file-wide-value", location: nil, message: "\(name): \(message)")
    }
}
