import Foundation

/// A file in a fresh temporary folder, removed with the folder when the value is released.
final class TemporaryFile {
    let path: String
    private let folder: URL

    init(named name: String = "campaign.csv", contents: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        self.folder = folder
        self.path = path
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
