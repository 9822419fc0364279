import Foundation
import Testing

/// Outputs are written all or nothing: a full device, a folder that cannot be written or a path that is a
/// folder gives exit 73 or 74, leaves no partial or temporary file, and keeps existing files intact.
@Suite struct OutputFailureTests {
    static let example = ExitCodeTests.example
    /// What an earlier run left at a path, which a failed run must not touch.
    static let earlierReport = "an earlier report, kept\n"

    @Test func aFullDeviceAsStandardOutputExitsSeventyFour() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try AuditProcess.run([Self.example, "--format", "json"], standardOutputFile: full)
        #expect(result.status == 74)
        #expect(
            result.standardError
                == "error: could not write standard output: No space left on device; no file was left behind\n"
        )
    }

    @Test func aFailedSecondOutputLeavesTheFirstPathAsItWas() throws {
        // Given an earlier JSON report, and a run that writes it again along with a lean plan to a full device
        let directory = try TemporaryDirectory()
        let report = try directory.write("report.json", Self.earlierReport)

        // When the lean plan cannot be written
        let result = try AuditProcess.run([Self.example, "-f", "json", "-o", report, "--lean-plan", "/dev/full"])

        // Then the run fails with an I/O error, the earlier report is intact and nothing else was written
        #expect(result.status == 74)
        #expect(result.standardError.contains("could not write /dev/full: No space left on device"))
        #expect(try String(contentsOfFile: report, encoding: .utf8) == Self.earlierReport)
        #expect(try directory.fileNames() == ["report.json"])
    }

    @Test func anOutputPathThatIsAFolderWritesNoneOfTheOutputs() throws {
        // Given an output folder where report.md is itself a folder
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("report.md"),
            withIntermediateDirectories: false
        )

        // When JSON and Markdown reports are asked for in it
        let result = try AuditProcess.run([Self.example, "-f", "json", "-f", "md", "-o", directory.url.path + "/"])

        // Then neither is written: the JSON report, staged first, is discarded
        #expect(result.status == 73)
        #expect(result.standardError.contains("cannot create \(directory.url.path)/report.md: Is a directory"))
        #expect(try directory.fileNames() == ["report.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path + "/report.md").isEmpty)
    }

    @Test(.enabled(if: ReadOnlyMount.isAvailable, "mounting a read-only tmpfs needs root; skipped"))
    func aReadOnlyFolderExitsSeventyThreeAndKeepsTheExistingReport() throws {
        // Given a read-only file system holding an earlier report
        let earlier = try TemporaryDirectory()
        let source = try earlier.write("report.md", Self.earlierReport)
        let mount = try ReadOnlyMount(files: ["report.md": source])

        // When a run tries to replace it
        let result = try AuditProcess.run([Self.example, "-o", mount.path("report.md")])

        // Then it cannot create its temporary file: exit 73, the report is as it was, nothing else appeared
        #expect(result.status == 73)
        #expect(result.standardError == "error: cannot create \(mount.path("report.md")): Read-only file system\n")
        #expect(try String(contentsOfFile: mount.path("report.md"), encoding: .utf8) == Self.earlierReport)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.url.path) == ["report.md"])
    }

    @Test func aSuccessfulRunReplacesTheEarlierReportAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let report = try directory.write("report.json", Self.earlierReport)

        let result = try AuditProcess.run([Self.example, "-f", "json", "-o", report])

        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("{"))
        #expect(try directory.fileNames() == ["report.json"])
    }

    @Test func aFactorExportToADeviceIsRefusedAndTheDeviceKept() throws {
        let result = try AuditProcess.run(["factors", "export", "--sqlite", "/dev/full"])

        #expect(result.status == 73)
        #expect(
            result.standardError.contains(
                "cannot write factor database '/dev/full': it exists and is not a regular file"
            )
        )
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }
}
