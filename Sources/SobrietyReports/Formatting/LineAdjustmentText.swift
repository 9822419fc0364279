import Foundation
import SobrietyCore

/// Writes what a recommendation changes on one line in a report's language and number style:
/// `11,1 → 10`, `75 % → 80 %`, `1080p → 720p sur mobile`.
///
/// Measured values have three significant digits without trailing zeros and impressions moved are
/// whole, as the audit's own action text gives them; separators, percentages and units follow the language.
struct LineAdjustmentText: Sendable {
    let numbers: ReportNumberFormatter
    /// `{before} → {after}`.
    let fromTo: MessageTemplate
    /// A resolution chosen for a main screen: `{resolution} on {device}`.
    let resolution: MessageTemplate
    /// Useful impressions moved to a leaner line: `→ {lineItem}, {ratio}× fewer grams per useful impression`.
    let mixDonor: MessageTemplate
    /// Useful impressions taken from another line: `takes {impressions} useful impressions`.
    let mixRecipient: MessageTemplate
    /// The names of the main screens.
    let deviceNames: [DeviceKind: String]

    /// The change on the line, without the line item.
    /// - Throws: ``ReportRenderingError`` when a value is NaN or infinite.
    func change(_ adjustment: LineAdjustment) throws -> String {
        let from = adjustment.from
        let to = adjustment.to
        switch adjustment.kind {
        case .frequency: return try between(from, to, number)
        case .rate: return try between(from, to, percent)
        case .buying: return filled(adjustment.fromName ?? "", adjustment.toName ?? "")
        case .bitrate: return try between(from, to) { try measure($0, unit: "kbit/s") }
        case .duration: return try between(from, to) { try measure($0, unit: "s") }
        case .creativeBytes: return try between(from, to, numbers.bytes)
        case .resolution:
            let device = adjustment.device.map { DeviceKind(rawValue: $0).flatMap { deviceNames[$0] } ?? $0 } ?? ""
            let after = resolution.filled(["resolution": adjustment.toName ?? "", "device": device])
            return filled(adjustment.fromName ?? "", after)
        case .mixDonor:
            return mixDonor.filled([
                "lineItem": adjustment.counterpart ?? "", "ratio": try text(to, number),
            ])
        case .mixRecipient:
            return mixRecipient.filled(["impressions": try text(to, numbers.count)])
        }
    }

    /// A ratio as a percentage with three significant digits: `9,5 %`.
    func percent(_ ratio: Double) throws -> String {
        try number(ratio * 100) + numbers.percentSuffix
    }

    /// Three significant digits, trailing zeros of the fraction dropped: `11,1`, `10`, `12 300`.
    func number(_ value: Double) throws -> String {
        let text = try numbers.approximate(value)
        guard let separator = text.range(of: numbers.decimalSeparator, options: .backwards) else { return text }
        let fraction = text[separator.upperBound...].reversed().drop { $0 == "0" }.reversed()
        return String(text[..<separator.lowerBound]) + (fraction.isEmpty ? "" : numbers.decimalSeparator + fraction)
    }

    private func measure(_ value: Double, unit: String) throws -> String {
        try number(value) + numbers.unitSeparator + unit
    }

    private func between(
        _ from: Double?,
        _ to: Double?,
        _ format: (Double) throws -> String
    ) throws -> String {
        filled(try text(from, format), try text(to, format))
    }

    /// A value written, or nothing for a value the report does not give.
    private func text(_ value: Double?, _ format: (Double) throws -> String) throws -> String {
        try value.map(format) ?? ""
    }

    private func filled(_ before: String, _ after: String) -> String {
        fromTo.filled(["before": before, "after": after])
    }
}
