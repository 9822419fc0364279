import Foundation
import SobrietyCore
import Testing

@testable import SobrietyIngest

@Suite struct CampaignReaderTests {
    private let reader = CampaignReader()

    /// Every line of a fixture, with the summary.
    private func readLines(
        _ path: String,
        displayName: String? = nil,
        with reader: CampaignReader? = nil
    ) throws -> (lines: [CampaignLine], summary: CampaignFileSummary) {
        var lines: [CampaignLine] = []
        let summary = try (reader ?? self.reader).read(path: path, displayName: displayName, factorSet: .ingestTest) {
            lines.append($0)
        }
        return (lines, summary)
    }

    @Test func linesCarryThePositionsOfTheirPlatformAndCountryInTheFactorSet() throws {
        var line = try #require(try readLines(Fixtures.path("valid/full.csv")).lines.first)
        let platform = try #require(line.platformKey.position)
        let country = try #require(line.countryKey?.position)
        #expect(FactorSet.ingestTest.platformKeys[platform] == line.platform)
        #expect(FactorSet.ingestTest.countryCodes[country] == line.country)

        line.platform = "youtube"
        #expect(line.platformKey.position == nil, "a platform set as text has no position to go stale")
        #expect(VocabularyKey("FR", position: 3) == VocabularyKey("FR"))
    }

    @Test func readsEveryColumnOfTheCanonicalFormat() throws {
        let (lines, summary) = try readLines(Fixtures.path("valid/full.csv"), displayName: "full.csv")
        #expect(lines.map(\.lineItem) == ["tt-001", "yt-002", "ow-003", "ctv-004"])
        #expect(lines.map(\.location.line) == [2, 3, 4, 6])

        var first = CampaignLine(
            location: SourceLocation(file: "full.csv", line: 2),
            lineItem: "tt-001",
            platform: "tiktok"
        )
        first.campaign = "Spring, 2026"
        first.format = .video
        first.placement = "in-feed \"For You\""
        first.buying = .social
        first.country = "FR"
        first.device = DeviceMix(only: .mobile)
        first.impressions = 1_200_000
        first.reach = 400_000
        first.frequencyCap = 3
        first.videoViews = 900_000
        first.averageWatchSeconds = 6.5
        first.videoDurationSeconds = 15
        first.resolution = "720p"
        first.viewabilityRate = 0.72
        first.invalidTrafficRate = 0.02
        first.onTargetRate = 0.8
        first.startDate = "2026-03-01"
        first.endDate = "2026-03-31"
        first.spend = 12_500.5
        first.currency = "EUR"
        #expect(lines[0] == first)

        #expect(lines[1].platform == "youtube")
        #expect(lines[1].device == DeviceMix([.mobile: 0.6, .desktop: 0.3, .tv: 0.1]))
        #expect(lines[1].watchMinutes == 4200.5)
        #expect(lines[1].bitrateKilobitsPerSecond == 2500)
        #expect(lines[1].invalidTrafficRate == 0.015)
        #expect(lines[1].buying == nil)
        #expect(lines[2].campaign == "Multi\r\nline campaign")
        #expect(lines[2].country == "WORLD")
        #expect(lines[2].creativeBytes == 150_000)
        #expect(lines[2].madeForAdvertisingRate == 0.12)
        #expect(lines[2].startDate == nil)
        #expect(lines[3].country == "PL")
        #expect(lines[3].resolution == "1080p")

        #expect(summary.path == "full.csv")
        #expect(summary.sha256 == "f54549b47f9170fb85d0c6d763f428b5360662bb4c1c778c54ddde3306dc8e32")
        #expect(summary.rows == 4)
        #expect(summary.format == "canonical")
        #expect(
            summary.warnings.map(\.description) == ["full.csv:1: unknown column 'Notes' kept out of the computation"]
        )
        #expect(summary.warnings.map(\.code) == ["unknown-columns"])
        #expect(summary.warnings.map(\.severity) == [.warning])
    }

    @Test func readsAMinimalFileWithoutATrailingNewline() throws {
        let path = Fixtures.path("valid/minimal.csv")
        let (lines, summary) = try readLines(path)
        #expect(lines.map(\.platform) == ["instagram", "open_web"])
        #expect(lines.map(\.videoViews) == [10, 0])
        #expect(lines.map(\.impressions) == [nil, nil])
        #expect(summary.path == path)
        #expect(summary.sha256 == "8d6eea056e91e78b178830817852f2f9e5fa31d70dec0864e6a01430f6931ebb")
        #expect(summary.warnings.isEmpty)
    }

    @Test func listsEveryUnknownColumnInOneWarning() throws {
        let file = try TemporaryFile(contents: "line_item,platform,impressions,Notes,,CPM\na,tiktok,1,x,y,2\n")
        let summary = try reader.read(path: file.path, displayName: "c.csv", factorSet: .ingestTest) { _ in }
        #expect(
            summary.warnings.map(\.description) == [
                "c.csv:1: unknown columns 'Notes', '(unnamed field 5)', 'CPM' kept out of the computation"
            ]
        )
    }

    @Test func stopsDeliveringLinesAtTheFirstBadRow() throws {
        var delivered: [String] = []
        #expect(throws: InputErrors.self) {
            try reader.read(path: Fixtures.path("malformed/several-bad-rows.csv"), factorSet: .ingestTest) {
                delivered.append($0.lineItem)
            }
        }
        #expect(delivered == ["a"])
    }

    @Test func passesOnWhatTheConsumerThrows() throws {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try reader.read(path: Fixtures.path("valid/minimal.csv"), factorSet: .ingestTest) { _ in throw Stop() }
        }
    }

    @Test func reportsAtMostTheLimitOfErrors() throws {
        let rows = (1...60).map { "r\($0),tiktok,many\n" }.joined()
        let file = try TemporaryFile(contents: "line_item,platform,impressions\n" + rows)
        let error = try #require(throws: InputErrors.self) {
            try reader.read(path: file.path, displayName: "c.csv", factorSet: .ingestTest) { _ in }
        }
        #expect(error.diagnostics.count == 50)
        #expect(error.truncated)
        #expect(error.diagnostics.last?.location?.line == 51)
        #expect(error.description.hasSuffix("\n(further errors not shown)"))
    }

    @Test func reportsAnInputFileErrorForAMissingFileOrADirectory() throws {
        let missing = try #require(throws: InputFileError.self) {
            try reader.read(path: "/nonexistent/campaign.csv", displayName: "campaign.csv", factorSet: .ingestTest) {
                _ in
            }
        }
        #expect(missing == InputFileError(path: "campaign.csv", operation: .open, reason: "No such file or directory"))
        #expect(missing.description == "cannot open campaign.csv: No such file or directory")

        let directory = try #require(throws: InputFileError.self) {
            try reader.read(path: Fixtures.path("valid"), displayName: "valid", factorSet: .ingestTest) { _ in }
        }
        #expect(directory.description == "cannot open valid: it is a directory")
    }

    @Test func reportsProgressAtTheEnd() throws {
        let path = Fixtures.path("valid/minimal.csv")
        let reports = Reports()
        _ = try reader.read(path: path, factorSet: .ingestTest, progress: reports.append, onLine: { _ in })
        #expect(reports.all == [ReadProgress(path: path, bytesRead: 62, totalBytes: 62, rows: 2)])
    }

    @Test func readsAGeneratedFileAcrossChunks() throws {
        let rowCount = 30_000
        let file = try TemporaryFile(contents: CampaignFileGenerator.text(rows: rowCount))
        var impressions = 0
        let summary = try reader.read(path: file.path, factorSet: .ingestTest) { impressions += $0.impressions ?? 0 }
        #expect(summary.rows == rowCount)
        #expect(impressions == (1...rowCount).reduce(0) { $0 + CampaignFileGenerator.impressions(row: $1) })
    }
}

@Suite struct LineItemUniquenessTests {
    /// A hash that makes every line item collide with every other.
    private let reader = CampaignReader(maximumErrors: 50, lineItemHash: { _ in 42 })

    @Test func neverReportsAHashCollisionAsARepeat() throws {
        var count = 0
        let summary = try reader.read(path: Fixtures.path("valid/full.csv"), factorSet: .ingestTest) { _ in count += 1 }
        #expect(count == 4)
        #expect(summary.rows == 4)

        let file = try TemporaryFile(contents: CampaignFileGenerator.text(rows: 2000))
        #expect(try reader.read(path: file.path, factorSet: .ingestTest) { _ in }.rows == 2000)
    }

    @Test func reportsRealRepeatsAmongCollisions() throws {
        let file = try TemporaryFile(
            contents:
                "line_item,platform,impressions\na,tiktok,1\nb,tiktok,1\na,tiktok,1\nc,tiktok,1\nb,tiktok,1\na,tiktok,1\n"
        )
        let error = try #require(throws: InputErrors.self) {
            try reader.read(path: file.path, displayName: "c.csv", factorSet: .ingestTest) { _ in }
        }
        #expect(
            error.diagnostics.map(\.description) == [
                "c.csv:4: column 'line_item': \"a\" is already the line item of line 2; expected each row to have its own",
                "c.csv:6: column 'line_item': \"b\" is already the line item of line 3; expected each row to have its own",
                "c.csv:7: column 'line_item': \"a\" is already the line item of line 2; expected each row to have its own",
            ]
        )
        #expect(error.diagnostics.map(\.code) == ["duplicate-line-item", "duplicate-line-item", "duplicate-line-item"])
    }

    @Test func mergesRepeatsWithOtherErrorsInFileOrder() throws {
        let file = try TemporaryFile(
            contents: "line_item,platform,impressions\na,tiktok,1\na,tiktok,1\nb,tiktok,x\n"
        )
        let error = try #require(throws: InputErrors.self) {
            try CampaignReader().read(path: file.path, displayName: "c.csv", factorSet: .ingestTest) { _ in }
        }
        #expect(error.diagnostics.map(\.location?.line) == [3, 4])
    }
}

/// Progress reports collected from a `@Sendable` callback.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [ReadProgress] = []

    var all: [ReadProgress] { lock.withLock { reports } }

    func append(_ progress: ReadProgress) {
        lock.withLock { reports.append(progress) }
    }
}
