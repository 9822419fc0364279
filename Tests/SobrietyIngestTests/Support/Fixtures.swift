/// Paths to the files in `Fixtures/`, found from this source file's location.
enum Fixtures {
    /// The fixtures folder.
    static let directory: String = {
        let thisFile = #filePath
        let supportFolder = thisFile[..<(thisFile.lastIndex(of: "/") ?? thisFile.endIndex)]
        let testsFolder = supportFolder[..<(supportFolder.lastIndex(of: "/") ?? supportFolder.endIndex)]
        return "\(testsFolder)/Fixtures"
    }()

    /// The path of `name` in the fixtures folder, such as `malformed/empty.csv`.
    static func path(_ name: String) -> String {
        "\(directory)/\(name)"
    }
}
