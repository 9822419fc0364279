import Foundation
import Testing

/// Compares `actual` byte for byte with `Snapshots/<name>`; records it instead when
/// `RECORD_SNAPSHOTS=1` is set.
///
/// A missing snapshot fails the test and says how to record it, so a new snapshot is always a
/// deliberate, reviewed change.
func assertSnapshot(
    _ actual: String,
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = directory.appendingPathComponent(name)
    let actualData = Data(actual.utf8)

    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actualData.write(to: url)
        return
    }
    guard let expectedData = FileManager.default.contents(atPath: url.path) else {
        Issue.record(
            "No snapshot at \(url.path); run with RECORD_SNAPSHOTS=1 to record it.",
            sourceLocation: sourceLocation
        )
        return
    }
    guard expectedData != actualData else { return }
    let expected = String(decoding: expectedData, as: UTF8.self)
    let message =
        "\(name) differs from its snapshot; \(firstDifference(expected, actual)). "
        + "Run with RECORD_SNAPSHOTS=1 to re-record it if the change is intended."
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// The first line where two texts differ, both versions quoted.
private func firstDifference(_ expected: String, _ actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let old = index < expectedLines.count ? String(expectedLines[index]) : "(end of file)"
        let new = index < actualLines.count ? String(actualLines[index]) : "(end of file)"
        if old != new { return "line \(index + 1) was \(old.debugDescription), is \(new.debugDescription)" }
    }
    return "the bytes differ"
}
