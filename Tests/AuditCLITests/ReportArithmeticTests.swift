import Foundation
import Sobriety
import Testing

/// Redoes every example line's arithmetic from the JSON report's `factors` trail and the input
/// CSV, with DESIGN §3's formulas written out again here, independently of the estimator's code
/// (no lanes, no price tables, no valuation keys): the report must agree to 1e-9.
@Suite struct ReportArithmeticTests {
    static let examples = ["fr-launch", "de-pl-video", "cn-social"]

    @Test(arguments: examples)
    func everyLineCanBeRecomputedFromItsTrail(example: String) throws {
        let csvPath = AuditProcess.repositoryRoot.appendingPathComponent("Reports/examples/\(example).csv").path
        let report = try Auditor.bundled().audit(paths: [csvPath])
        let json = try JSONReportRenderer().render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let lines = try #require(object["lines"] as? [[String: Any]])
        let rows = try PlainCSV(path: csvPath).rowsByLineItem()
        #expect(lines.count == rows.count)
        for line in lines {
            let id = try #require(line["lineItem"] as? String)
            let row = try #require(rows[id])
            try IndependentLineCheck(line: line, row: row).verify()
        }
    }
}

/// DESIGN §3 for one line, from the report's trail and the input row.
private struct IndependentLineCheck {
    let line: [String: Any]
    let row: [String: String]
    let trail: [[String: Any]]

    init(line: [String: Any], row: [String: String]) throws {
        self.line = line
        self.row = row
        self.trail = try #require(line["factors"] as? [[String: Any]])
    }

    func factor(_ key: String, _ dimension: String? = nil) throws -> Double {
        let matches = trail.filter {
            ($0["key"] as? String) == key && (dimension == nil || ($0["dimension"] as? String) == dimension)
        }
        #expect(matches.count == 1, "\(key)[\(dimension ?? "")] appears \(matches.count) times")
        return try #require(matches.first?["value"] as? Double)
    }

    func entries(_ key: String) -> [(dimension: String?, value: Double)] {
        trail.filter { ($0["key"] as? String) == key }.map {
            ($0["dimension"] as? String, $0["value"] as? Double ?? .nan)
        }
    }

    func input(_ column: String) -> Double? {
        guard let text = row[column], !text.isEmpty else { return nil }
        if text.hasSuffix("%") { return Double(text.dropLast()).map { $0 / 100 } }
        return Double(text)
    }

    func verify() throws {
        let format = try #require(line["format"] as? String)
        let isVideo = format == "video" || format == "live"
        let impressions = input("impressions") ?? input("video_views") ?? 0
        let shares = entries("device.share")
        let deviceShareTotal = shares.reduce(0) { $0 + $1.value }
        #expect(abs(deviceShareTotal - 1) < 1e-9)

        var watchSeconds = 0.0
        let bytes: Double
        let exposureSeconds: Double
        if isVideo {
            if let minutes = input("watch_minutes") {
                watchSeconds = minutes * 60
            } else if let views = input("video_views"), let average = input("avg_watch_seconds") {
                watchSeconds = views * average
            } else {
                watchSeconds = impressions * (try factor("video.watch_seconds"))
            }
            let bitrates = entries("video.bitrate")
            let bitrate: Double
            if let given = input("bitrate_kbps") {
                bitrate = given
            } else if bitrates.count == 1, bitrates[0].dimension?.hasSuffix("p") == true {
                bitrate = bitrates[0].value
            } else {
                bitrate = try shares.reduce(0) { $0 + $1.value * (try factor("video.bitrate", $1.dimension)) }
            }
            bytes = impressions * (try factor("video.player_payload")) + watchSeconds * bitrate * 1_000 / 8
            exposureSeconds = watchSeconds
        } else {
            let creativeBytes = try input("creative_bytes") ?? factor("creative.bytes")
            bytes = impressions * creativeBytes
            exposureSeconds = impressions * (try factor("display.time_in_view"))
        }

        let grid = try factor("grid.intensity")
        let mobile = try factor("network.mobile_share")
        let networkUse =
            bytes / 1e9
            * (mobile * (try factor("network.use.mobile")) + (1 - mobile) * (try factor("network.use.fixed"))) * grid
        let networkEmbodied =
            bytes / 1e3
            * (mobile * (try factor("network.embodied.mobile")) + (1 - mobile) * (try factor("network.embodied.fixed")))
        let cdn = bytes / 1e9 * (try factor("cdn.use")) * grid
        var deviceUse = 0.0
        var deviceEmbodied = 0.0
        for share in shares {
            deviceUse +=
                exposureSeconds / 3_600 * share.value * (try factor("device.power", share.dimension)) / 1_000 * grid
            deviceEmbodied += exposureSeconds * share.value * (try factor("device.embodied", share.dimension))
        }
        let adSelection = impressions * (try factor("adselection.per_impression"))

        // The waste waterfall, and the made-for-advertising uplift it implies.
        let ivt = try factor("waste.ivt_rate")
        let mfa = try factor("waste.mfa_rate")
        var remaining = impressions
        var wasted: [Double] = []
        for share in [ivt, mfa, 1 - (try factor("waste.viewability_rate")), 1 - (try factor("waste.on_target_rate"))] {
            wasted.append(remaining * share)
            remaining -= remaining * share
        }
        if let reach = input("reach") {
            let cap = try factor("waste.frequency_threshold")
            wasted.append(remaining * max(0, 1 - cap * reach / impressions))
            remaining -= wasted[4]
        } else {
            wasted.append(0)
        }
        let uplift = 1 + wasted[1] / impressions * ((try factor("waste.mfa_multiplier")) - 1)

        let segments = try #require(line["segments"] as? [String: [String: Any]])
        let expected = [
            "networkUse": networkUse, "networkEmbodied": networkEmbodied, "cdn": cdn, "deviceUse": deviceUse,
            "deviceEmbodied": deviceEmbodied, "adSelection": adSelection,
        ]
        for (segment, grams) in expected {
            let reported = try #require(segments[segment]?["central"] as? Double)
            expectClose(reported, grams * uplift, "\(segment)")
        }
        let emissions = try #require((line["emissions"] as? [String: Any])?["central"] as? Double)
        expectClose(emissions, expected.values.reduce(0, +) * uplift, "emissions")
        expectClose(try #require(line["usefulImpressions"] as? Double), remaining, "usefulImpressions")
        let waste = try #require(line["waste"] as? [[String: Any]])
        for (cause, impressionsWasted) in zip(waste, wasted) {
            expectClose(try #require(cause["impressions"] as? Double), impressionsWasted, "waste")
        }
        let activity = try #require(line["activity"] as? [String: Double])
        expectClose(activity["bytes"] ?? .nan, bytes, "bytes")
    }

    func expectClose(_ actual: Double, _ expected: Double, _ label: String) {
        let scale = max(abs(expected), 1e-300)
        #expect(abs(actual - expected) <= 1e-9 * scale, "\(row["line_item"] ?? "?") \(label): \(actual) vs \(expected)")
    }
}

/// The simplest CSV reading that serves the examples (no quoted fields), kept apart from the product's reader.
private struct PlainCSV {
    let path: String

    func rowsByLineItem() throws -> [String: [String: String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let records = text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = try #require(records.first)
        var rows: [String: [String: String]] = [:]
        for record in records.dropFirst() {
            #expect(record.count == header.count)
            let row = Dictionary(uniqueKeysWithValues: zip(header, record))
            rows[row["line_item"] ?? ""] = row
        }
        return rows
    }
}
