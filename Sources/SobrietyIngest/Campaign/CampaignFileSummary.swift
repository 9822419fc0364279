public import SobrietyCore

/// What reading one campaign file found besides its lines: its identity, size and warnings.
public struct CampaignFileSummary: Sendable, Hashable {
    /// The file as the user named it.
    public var path: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// The number of data rows (the header and blank lines not counted).
    public var rows: Int
    /// The input format the file was read as: `canonical`.
    public var format: String
    /// Problems that did not stop the audit, such as unknown columns.
    public var warnings: [Diagnostic]

    /// Creates a summary.
    public init(path: String, sha256: String, rows: Int, format: String, warnings: [Diagnostic]) {
        self.path = path
        self.sha256 = sha256
        self.rows = rows
        self.format = format
        self.warnings = warnings
    }
}
