import Foundation
import SobrietyCore
import Testing

@testable import SobrietyIngest

/// `--mapping` files and file-wide values (`--country`, `--device`, …).
@Suite struct ExportOptionTests {
    private static let mapping = """
        name = "acme-dsp"
        title = "Acme DSP log"
        platform = "ctv"

        [line_item]
        columns = [["Flight"], ["Day"]]

        [fields]
        campaign = ["Flight"]
        impressions = ["Imps"]
        spend = ["Cost"]
        avg_watch_seconds = ["Watch"]
        device = ["Screen"]
        date = ["Day"]

        [values.device]
        "big screen" = "tv"

        [drop]
        total_rows = ["sum"]

        """

    @Test func mappingFileReadsAnExportNoPresetKnows() throws {
        let mapping = try TemporaryFile(named: "acme.toml", contents: Self.mapping)
        let export = try TemporaryFile(
            named: "acme.csv",
            contents:
                "Flight;Day;Imps;Cost (EUR);Watch;Screen\nF1;01/03/2026;\"1.200\";12,5;0:00:07;Big Screen\nsum;;1.200;12,5;;\n"
        )
        var reader = CampaignReader()
        reader.preset = .mappingFile(mapping.path)
        var lines: [CampaignLine] = []
        let summary = try reader.read(path: export.path, factorSet: .exportTest) { lines.append($0) }

        #expect(summary.format == "acme-dsp")
        #expect(lines.count == 1)
        #expect(lines.first?.lineItem == "F1 / 01/03/2026")
        #expect(lines.first?.impressions == 1200)
        #expect(lines.first?.spend == 12.5)
        #expect(lines.first?.currency == "EUR")
        #expect(lines.first?.averageWatchSeconds == 7)
        #expect(lines.first?.device == DeviceMix(only: .tv))
        #expect(lines.first?.platform == "ctv")
        #expect(lines.first?.startDate == "2026-03-01")
    }

    @Test func fileWideValuesFillWhatAnExportLacks() throws {
        var reader = CampaignReader()
        reader.fileWide = try FileWideValues([
            "country": "fr", "device": "mobile:0.7;desktop:0.3", "creative_bytes": "150000",
        ])
        var lines: [CampaignLine] = []
        _ = try reader.read(path: ExportFixtureTests.path("x-ads.csv"), factorSet: .exportTest) { lines.append($0) }

        #expect(lines.map(\.country) == ["FR", "FR"])
        #expect(lines.allSatisfy { $0.creativeBytes == 150_000 && $0.device != nil })
    }

    @Test func fileWidePlatformAndBuyingReplaceThePresetsDefaults() throws {
        var reader = CampaignReader()
        reader.fileWide = try FileWideValues(["platform": "ctv", "buying": "pmp"])
        var lines: [CampaignLine] = []
        _ = try reader.read(path: ExportFixtureTests.path("google-ads-excel.csv"), factorSet: .exportTest) {
            lines.append($0)
        }

        #expect(lines.map(\.platform) == ["ctv", "ctv"])
        #expect(lines.map(\.buying) == [.pmp, .pmp])
    }

    @Test func aRowsOwnValueWinsOverTheFileWideOne() throws {
        let csv = try TemporaryFile(contents: "line_item,platform,impressions,country\na,tiktok,10,PL\nb,tiktok,10,\n")
        var reader = CampaignReader()
        reader.fileWide = try FileWideValues(["country": "DE"])
        var lines: [CampaignLine] = []
        _ = try reader.read(path: csv.path, factorSet: .exportTest) { lines.append($0) }

        #expect(lines.map(\.country) == ["PL", "DE"])
    }

    @Test func fileWideValuesAreChecked() throws {
        let values = try FileWideValues(["country": "Atlantis", "ivt_rate": "7"])

        #expect(
            values.problems(factorSet: .exportTest).map(\.message) == [
                "country: \"Atlantis\" is not a known country; expected an ISO 3166-1 alpha-2 code such as FR, or WORLD",
                "ivt_rate: \"7\" is not a rate; write 0.07 or 7%",
            ]
        )
        #expect(throws: InputErrors.self) { try FileWideValues(["line_item": "x"]) }
    }

    @Test func presetNamesAreTheBundledFiles() {
        #expect(InputPreset(name: "auto") == .automatic)
        #expect(InputPreset(name: "canonical") == .canonical)
        #expect(InputPreset(name: "meta-ads") == .named("meta-ads"))
        #expect(InputPreset(name: "facebook") == nil)
    }
}

/// A pipe or device cannot be read twice: canonical CSV is still read from one, whole; an export is refused.
@Suite struct PipeInputTests {
    /// Writes `text` into a new FIFO from another thread, and returns the FIFO's path once the writer is started.
    private func fifo(_ text: String) throws -> (path: String, folder: TemporaryFile) {
        let folder = try TemporaryFile(named: "unused", contents: "")
        let path = URL(fileURLWithPath: folder.path).deletingLastPathComponent().appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        let bytes = Array(text.utf8)
        Thread.detachNewThread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.write(Data(bytes))
            try? handle.close()
        }
        return (path, folder)
    }

    @Test func canonicalCSVFromAPipeIsReadWhole() throws {
        let (path, folder) = try fifo("line_item,platform,impressions\na,tiktok,10\nb,tiktok,20\n")
        var lines: [CampaignLine] = []
        _ = try CampaignReader().read(path: path, factorSet: .exportTest) { lines.append($0) }

        #expect(lines.map(\.impressions) == [10, 20])
        _ = folder
    }

    @Test func anExportFromADeviceIsRefused() throws {
        var reader = CampaignReader()
        reader.preset = .named("x-ads")
        let error = try #require(throws: InputErrors.self) {
            try reader.read(path: "/dev/zero", factorSet: .exportTest) { _ in }
        }

        #expect(error.diagnostics.first?.message.contains("save it to a file") == true)
    }
}
