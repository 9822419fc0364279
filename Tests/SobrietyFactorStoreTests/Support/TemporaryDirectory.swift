import Foundation

/// A fresh folder under the system's temporary directory, removed when the test is done with it.
final class TemporaryDirectory {
    /// The folder's path.
    let path: String

    /// Creates an empty folder.
    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("SobrietyFactorStoreTests-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The path of a file in the folder.
    func file(_ name: String) -> String {
        path + "/" + name
    }

    /// Writes a file in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let file = file(name)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The names of the files in the folder, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
