/// The library's front door: reads campaign files, values them with a factor set, and returns
/// the audit report (read → resolve → value → attribute waste → report, DESIGN §2).
public struct Auditor: Sendable {
    /// The factor set audits are valued with.
    public let factorSet: FactorSet
    /// The smallest file a summary audit reads in two parts at once (tests lower it).
    var minimumSplitBytes = 8 << 20
    /// How campaign files are read: canonical CSV or a platform export, detected (the default) or named.
    public var preset: InputPreset = .automatic
    /// Values for the columns campaign files leave empty, such as the country of an export that has none.
    public var fileWide = FileWideValues()

    /// The reader of the campaign files, with this auditor's reading options.
    var campaignReader: CampaignReader {
        var reader = CampaignReader(minimumSplitBytes: minimumSplitBytes)
        reader.preset = preset
        reader.fileWide = fileWide
        return reader
    }

    /// This library's version, printed in every report.
    public static let version = "0.1.0"

    /// Creates an auditor with a factor set.
    public init(factorSet: FactorSet) {
        self.factorSet = factorSet
    }

    /// An auditor with the factor set built into the library (no files, no network).
    /// - Throws: ``FactorStoreError`` if the built-in tables do not load (a bug).
    public static func bundled() throws -> Auditor {
        Auditor(factorSet: try FactorStore.bundled().factorSet())
    }

    /// An auditor with the factor set of a SQLite factor database, opened read-only and verified.
    /// - Parameter path: The database file.
    /// - Returns: An auditor valuing with that database's factors.
    /// - Throws: ``FactorStoreError`` when the file is missing, not a factor database, tampered with, or fails
    ///   any check of ``FactorStore/verify()``.
    public static func withFactorDatabase(at path: String) throws -> Auditor {
        Auditor(factorSet: try FactorStore.verified(path: path).factorSet())
    }

    /// Audits campaign files as one campaign.
    /// - Parameters:
    ///   - paths: The files, as the user named them; lines keep their file names.
    ///   - options: What the estimate includes and how ranges are drawn.
    ///   - progress: Called now and then while a file is read.
    /// - Returns: The report.
    /// - Throws: ``InputErrors`` for bad rows (all of them, up to a limit), ``InputFileError`` for a
    ///   file that cannot be read, ``FactorSetError`` for a factor set the method cannot use.
    public func audit(
        paths: [String],
        options: EstimationOptions = EstimationOptions(),
        progress: (@Sendable (ReadProgress) -> Void)? = nil
    ) throws -> AuditReport {
        try audit(files: paths.map { AuditInput(path: $0) }, options: options, progress: progress)
    }

    /// Audits campaign files as one campaign, each shown in the report under its display name.
    /// - Parameters:
    ///   - files: The files to read and the names the report shows for them.
    ///   - options: What the estimate includes and how ranges are drawn.
    ///   - progress: Called now and then while a file is read.
    /// - Returns: The report.
    /// - Throws: As ``audit(paths:options:progress:)``.
    public func audit(
        files: [AuditInput],
        options: EstimationOptions = EstimationOptions(),
        progress: (@Sendable (ReadProgress) -> Void)? = nil
    ) throws -> AuditReport {
        try run(files: files, options: options, progress: progress).report
    }

    /// Audits campaign files as one campaign and keeps the lean plan's lines, to write them out.
    /// - Parameters:
    ///   - files: The files to read and the names the report shows for them.
    ///   - options: What the estimate includes and how ranges are drawn.
    ///   - progress: Called now and then while a file is read.
    /// - Returns: The report and the lean plan (empty without per-line detail).
    /// - Throws: As ``audit(paths:options:progress:)``.
    public func run(
        files: [AuditInput],
        options: EstimationOptions = EstimationOptions(),
        progress: (@Sendable (ReadProgress) -> Void)? = nil
    ) throws -> CampaignAudit {
        var estimator = try CampaignEstimator(factorSet: factorSet, options: options)
        var inputs: [InputSummary] = []
        var warnings: [ReportWarning] = []
        let reader = campaignReader
        for file in files {
            let summary: CampaignFileSummary
            if options.keepsLines {
                summary = try reader.read(
                    path: file.path,
                    displayName: file.displayName,
                    factorSet: factorSet,
                    progress: progress
                ) {
                    try estimator.add($0)
                }
            } else {
                // Summaries need no line order across the file: a large file is read in two halves at once.
                // The second half gets an estimator of its own, sharing no objects (and no reference counts).
                var later = try CampaignEstimator(factorSet: factorSet, options: options)
                summary = try reader.read(
                    path: file.path,
                    displayName: file.displayName,
                    factorSet: factorSet,
                    progress: progress,
                    first: &estimator,
                    second: &later
                ) {
                    try $0.add($1)
                }
                estimator.merge(later)
            }
            inputs.append(
                InputSummary(path: file.displayName, sha256: summary.sha256, rows: summary.rows, format: summary.format)
            )
            warnings += summary.warnings.map {
                ReportWarning(code: $0.code, message: $0.description, line: $0.location?.line, file: $0.location?.file)
            }
        }
        return try estimator.audit(inputs: inputs, tool: ToolInfo(version: Self.version), warnings: warnings)
    }
}

/// A campaign file to audit: where to read it, and the name reports show for it.
public struct AuditInput: Sendable, Hashable {
    /// Where to read the file.
    public var path: String
    /// The name messages and reports use; the path as the user gave it.
    public var displayName: String

    /// Creates an input; without a display name, the path is shown.
    public init(path: String, displayName: String? = nil) {
        self.path = path
        self.displayName = displayName ?? path
    }
}
