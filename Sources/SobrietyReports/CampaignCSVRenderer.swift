public import SobrietyCore

/// Writes campaign lines as the canonical campaign CSV (`contracts/campaign-format.md`), such as
/// the lean plan: every column in contract order, one row per line, empty cells for defaults.
///
/// The file is meant to be audited again, so every cell keeps its value exactly: numbers in their
/// shortest round-trip form and text as the input gave it. Text is quoted where CSV needs it but
/// not prefixed against spreadsheet formulas, which would change the line items; the lean plan
/// holds no text the input did not.
public struct CampaignCSVRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The CSV text of the lines, with its header row.
    public func render(_ lines: [CampaignLine]) -> String {
        let header = CampaignLine.canonicalColumns.joined(separator: ",")
        let rows = lines.map { line in
            line.canonicalCells.map { CSVField.quoted($0 ?? "") }.joined(separator: ",")
        }
        return ([header] + rows).map { $0 + "\n" }.joined()
    }
}
