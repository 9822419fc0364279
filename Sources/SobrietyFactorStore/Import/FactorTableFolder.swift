import Foundation

/// Reads the table files of a folder laid out as `Factors/`.
enum FactorTableFolder {
    /// The `*.csv` files of a folder, sorted by name, each named by its path.
    ///
    /// - Parameter path: The folder's path.
    /// - Returns: Each file's path and contents.
    /// - Throws: ``FactorStoreError/unreadableTables(path:reason:)`` when the folder cannot be listed, or a file
    ///   cannot be read or is not UTF-8.
    static func files(at path: String) throws(FactorStoreError) -> [FactorTableImporter.File] {
        let directory = URL(fileURLWithPath: path, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .unreadableTables(path: path, reason: "the folder cannot be listed")
        }
        return try names.filter { $0.hasSuffix(FactorTableImporter.csvExtension) }.sorted().map {
            name throws(FactorStoreError) in
            let file = directory.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .unreadableTables(path: file, reason: "the file cannot be read")
            }
            guard let contents = String(data: data, encoding: .utf8) else {
                throw .unreadableTables(path: file, reason: "the file is not valid UTF-8")
            }
            return (name: file, contents: contents)
        }
    }
}
