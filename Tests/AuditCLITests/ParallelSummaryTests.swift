import Foundation
import Testing

@testable import Sobriety

/// A summary audit of a large file reads it in two halves at once; the report must be the one-pass
/// report (sums to 1e-12, everything else exactly) and the same from run to run.
@Suite struct ParallelSummaryTests {
    private static let rows = 3000

    /// A quote-free campaign in the benchmark's shape, with some rows replaced.
    private static func campaign(replacing replaced: [Int: String] = [:]) -> String {
        let platforms = [
            "tiktok,video,social", "instagram,story,social", "youtube,video,social", "facebook,image,social",
            "open_web,image,open_exchange", "open_web,video,pmp", "ctv,video,open_exchange", "snapchat,video,social",
        ]
        let countries = ["FR", "DE", "PL", "US", "CN", "JP", "BR", ""]
        let devices = ["mobile", "", "mobile:0.7;desktop:0.3", "desktop", "mobile:0.5;tv:0.5"]
        var text =
            "line_item,platform,format,buying,country,device,impressions,reach,video_views,"
            + "avg_watch_seconds,resolution,creative_bytes,viewability_rate,ivt_rate,on_target_rate\n"
        for row in 0..<rows {
            if let line = replaced[row] {
                text += line + "\n"
                continue
            }
            let platform = platforms[row % platforms.count]
            let video = platform.contains(",video,")
            let impressions = 1_000 + (row * 7919) % 400_000
            let device = platform.hasPrefix("ctv") ? "tv" : devices[(row / 3) % devices.count]
            text += "L\(row),\(platform),\(countries[(row / 7) % countries.count]),\(device),\(impressions),"
            text += row % 3 == 0 ? "\(impressions / 4)," : ","
            text += video && row % 2 == 0 ? "\(impressions / 2),\(Double(row % 180) / 10 + 2)," : ",,"
            text += video ? ["", "480p", "720p", "1080p"][row % 4] + "," : ","
            text += !video && row % 4 == 0 ? "\(20_000 + row * 13 % 700_000)," : ","
            text += row % 5 == 0 ? "0.\(40 + row % 55)," : ","
            text += row % 7 == 0 ? "\(row % 12).5%," : ","
            text += row % 6 == 0 ? "0.\(30 + row % 50)\n" : "\n"
        }
        return text
    }

    private static let options = EstimationOptions(
        range: RangeSettings(draws: 200, seed: EstimationOptions.defaultSeed),
        keepsLines: false
    )

    /// The campaign written to a temporary file.
    private struct CampaignFile: ~Copyable {
        let path: String

        init(_ text: String) throws {
            path =
                FileManager.default.temporaryDirectory
                .appendingPathComponent("parallel-summary-\(UUID().uuidString).csv").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }

        deinit {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Audits `path` split in two halves, or in one pass.
    private func audit(_ path: String, split: Bool) throws -> AuditReport {
        var auditor = try Auditor.bundled()
        auditor.minimumSplitBytes = split ? 4096 : .max
        return try auditor.audit(paths: [path], options: Self.options)
    }

    private func json(_ report: AuditReport) throws -> String {
        try JSONReportRenderer().render(report)
    }

    @Test func equalsTheOnePassSummary() throws {
        let file = try CampaignFile(Self.campaign())
        let split = try audit(file.path, split: true)
        let single = try audit(file.path, split: false)
        #expect(split.inputs == single.inputs)
        #expect(split.inputs.first?.rows == Self.rows)
        #expect(split.warnings == single.warnings)
        #expect(split.sources == single.sources)
        let splitJSON = try JSONSerialization.jsonObject(with: Data(json(split).utf8))
        let singleJSON = try JSONSerialization.jsonObject(with: Data(json(single).utf8))
        var differences: [String] = []
        Self.compare(splitJSON, singleJSON, at: "report", relativeTolerance: 1e-12, into: &differences)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    @Test func isByteIdenticalFromRunToRun() throws {
        let file = try CampaignFile(Self.campaign())
        #expect(try json(audit(file.path, split: true)) == json(audit(file.path, split: true)))
    }

    @Test func reportsErrorsOfTheSecondHalfAtTheirLines() throws {
        let file = try CampaignFile(Self.campaign(replacing: [20: "L20,tiktok,video", 2500: "L2500,myspace,video"]))
        let split = try #require(throws: InputErrors.self) { try audit(file.path, split: true) }
        let single = try #require(throws: InputErrors.self) { try audit(file.path, split: false) }
        #expect(split.diagnostics == single.diagnostics)
        #expect(split.diagnostics.map(\.location?.line) == [22, 2502])
    }

    @Test func reportsALineItemRepeatedAcrossTheHalves() throws {
        let rowTen = String(Self.campaign().split(separator: "\n")[11])
        let file = try CampaignFile(Self.campaign(replacing: [2900: rowTen]))
        let split = try #require(throws: InputErrors.self) { try audit(file.path, split: true) }
        let single = try #require(throws: InputErrors.self) { try audit(file.path, split: false) }
        #expect(split.diagnostics == single.diagnostics)
        #expect(split.diagnostics.map(\.code) == ["duplicate-line-item"])
        #expect(split.diagnostics.map(\.location?.line) == [2902])
        #expect(split.diagnostics.first?.message.contains("line 12;") == true)
    }

    /// Collects where two JSON values differ: numbers beyond `relativeTolerance`, anything else at all.
    private static func compare(
        _ left: Any,
        _ right: Any,
        at path: String,
        relativeTolerance: Double,
        into differences: inout [String]
    ) {
        switch (left, right) {
        case (let left as [String: Any], let right as [String: Any]):
            guard left.keys.sorted() == right.keys.sorted() else {
                differences.append("\(path): keys differ")
                return
            }
            for (key, value) in left.sorted(by: { $0.key < $1.key }) {
                guard let other = right[key] else { continue }
                compare(value, other, at: "\(path).\(key)", relativeTolerance: relativeTolerance, into: &differences)
            }
        case (let left as [Any], let right as [Any]):
            guard left.count == right.count else {
                differences.append("\(path): \(left.count) vs \(right.count) elements")
                return
            }
            for index in left.indices {
                compare(
                    left[index],
                    right[index],
                    at: "\(path)[\(index)]",
                    relativeTolerance: relativeTolerance,
                    into: &differences
                )
            }
        case (let left as String, let right as String):
            if left != right { differences.append("\(path): \(left) vs \(right)") }
        case (let left as NSNumber, let right as NSNumber):
            let (a, b) = (left.doubleValue, right.doubleValue)
            if abs(a - b) > relativeTolerance * max(abs(a), abs(b)) { differences.append("\(path): \(a) vs \(b)") }
        default:
            if "\(left)" != "\(right)" { differences.append("\(path): \(left) vs \(right)") }
        }
    }
}
