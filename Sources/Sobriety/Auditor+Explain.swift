extension Auditor {
    /// How many of the file's line items an unknown-line-item error lists.
    static let listedLineItems = 5

    /// Explains one line item: every input, factor, source and step of arithmetic behind its grams.
    ///
    /// The files are read as ``audit(files:options:progress:)`` reads them (a bad row anywhere
    /// stops the explanation, as it stops an audit); only the line explained is kept.
    /// - Parameters:
    ///   - files: The campaign files, read in order.
    ///   - lineItem: The `line_item` to explain.
    ///   - options: Whether corporate is included, and the Monte Carlo settings of the range.
    /// - Returns: The explanation, with the warnings about the line and its file.
    /// - Throws: ``LineItemLookupError`` when no file or several files hold the line item; the
    ///   errors of ``audit(files:options:progress:)`` for files that cannot be read or audited.
    public func explain(
        files: [AuditInput],
        lineItem: String,
        options: EstimationOptions = EstimationOptions()
    ) throws -> LineExplanation {
        var matches: [(line: CampaignLine, warnings: [Diagnostic])] = []
        var otherLineItems: [String] = []
        var lineItemCount = 0
        let reader = campaignReader
        for file in files {
            var found: CampaignLine?
            let summary = try reader.read(path: file.path, displayName: file.displayName, factorSet: factorSet) {
                lineItemCount += 1
                if $0.lineItem == lineItem {
                    found = $0
                } else if otherLineItems.count < Self.listedLineItems {
                    otherLineItems.append($0.lineItem)
                }
            }
            if let found { matches.append((found, summary.warnings)) }
        }
        guard let match = matches.first else {
            throw LineItemLookupError.notFound(
                lineItem: lineItem,
                files: files.map(\.displayName),
                knownLineItems: otherLineItems,
                lineItemCount: lineItemCount
            )
        }
        guard matches.count == 1 else {
            throw LineItemLookupError.ambiguous(lineItem: lineItem, locations: matches.map(\.line.location))
        }
        var explanation = try LineExplanation(line: match.line, factorSet: factorSet, options: options)
        let fileWarnings = match.warnings.map {
            ReportWarning(code: $0.code, message: $0.description, line: $0.location?.line, file: $0.location?.file)
        }
        explanation.warnings = fileWarnings + explanation.warnings
        return explanation
    }
}

/// A line item to explain that the campaign files do not hold exactly once.
public enum LineItemLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No file holds the line item; `knownLineItems` are the first few the files do hold.
    case notFound(lineItem: String, files: [String], knownLineItems: [String], lineItemCount: Int)
    /// Several files hold the line item (it is unique only within a file).
    case ambiguous(lineItem: String, locations: [SourceLocation])

    /// What is wrong and what would work, with every input string quoted and escaped.
    public var description: String {
        switch self {
        case .notFound(let lineItem, let files, let known, let count):
            let listed = known.map(\.debugDescription).joined(separator: ", ")
            let more = count > known.count ? " and \(count - known.count) more" : ""
            let expected = known.isEmpty ? "the files hold no line items" : "line items there: \(listed)\(more)"
            return "no line item \(lineItem.debugDescription) in \(files.joined(separator: ", ")); \(expected)"
        case .ambiguous(let lineItem, let locations):
            let places = locations.map(\.description).joined(separator: ", ")
            return "line item \(lineItem.debugDescription) is in several files (\(places)); explain it with one file"
        }
    }
}
