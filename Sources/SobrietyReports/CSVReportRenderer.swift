public import SobrietyCore

/// Writes one RFC 4180 CSV row per line item, for spreadsheets.
///
/// Text from the input that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return) is prefixed with `'`. Numbers are plain decimals in grams, bytes and
/// seconds, independent of locale. Records end with CRLF, as RFC 4180 asks. The last column names
/// the budgets each line is behind when they were exceeded (``BudgetResult/lineItems``).
public struct CSVReportRenderer: ReportRenderer {
    /// Creates a CSV renderer.
    public init() {}

    /// Renders a header and one record per line item; a summary report gives the header alone.
    ///
    /// - Parameter report: The audit to render.
    /// - Returns: The CSV document.
    /// - Throws: ``ReportRenderingError`` when a number is NaN or infinite.
    public func render(_ report: AuditReport) throws -> String {
        var document = Self.header.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        for line in report.lines {
            let exceeded = report.budgets.filter { $0.lineItems.contains(line.lineItem) }.map(\.name)
            let budgets = [CSVField.text(exceeded.joined(separator: ";"))]
            document += try (record(line) + budgets).joined(separator: ",") + "\r\n"
        }
        return document
    }

    /// The column names, in order.
    private static let header: [String] =
        [
            "line_item", "campaign", "file", "source_line", "platform", "format", "buying", "country",
            "impressions", "useful_impressions", "bytes", "exposure_seconds", "video_watch_seconds",
            "emissions_g", "emissions_low_g", "emissions_high_g",
        ]
        + Segment.allCases.map { "\(columnName($0))_g" }
        + WasteCause.allCases.flatMap { ["\($0.rawValue)_impressions", "\($0.rawValue)_g"] }
        + ["assumed", "budgets_exceeded"]

    private func record(_ line: LineReport) throws -> [String] {
        let text = [line.lineItem, line.campaign ?? "", line.file].map(CSVField.text)
        let place = [String(line.sourceLine)]
        let keys = [line.platform, line.format, line.buying, line.country].map(CSVField.text)
        let figures = try [
            line.impressions, line.usefulImpressions, line.activity.bytes, line.activity.exposureSeconds,
            line.activity.videoWatchSeconds, line.emissions.central.grams, line.emissions.low.grams,
            line.emissions.high.grams,
        ]
        .map(CSVField.number)
        let segments = try Segment.allCases.map { segment in
            try line.segments[segment].map { try CSVField.number($0.central.grams) } ?? ""
        }
        let waste = try WasteCause.allCases.flatMap { cause in
            guard let result = line.waste.first(where: { $0.cause == cause }) else { return ["", ""] }
            return [try CSVField.number(result.impressions), try CSVField.number(result.emissions.central.grams)]
        }
        let assumed = [CSVField.text(line.assumed.joined(separator: ";"))]
        return text + place + keys + figures + segments + waste + assumed
    }

    /// A segment's column name in snake case: `network_use`.
    private static func columnName(_ segment: Segment) -> String {
        switch segment {
        case .networkUse: "network_use"
        case .networkEmbodied: "network_embodied"
        case .cdn: "cdn"
        case .deviceUse: "device_use"
        case .deviceEmbodied: "device_embodied"
        case .adSelection: "ad_selection"
        case .corporate: "corporate"
        }
    }
}
