import Foundation

/// An agency's branding, read from a TOML file (`audit plan.csv --format html --brand brand.toml`).
///
/// ```toml
/// agency = "Northwind Media"
/// client = "Contoso"
/// logo = "northwind.svg"     # a PNG, JPEG or SVG file, relative to this file
/// accent = "#0a7d5a"
/// ```
///
/// Every key is optional; the command line's `--agency`, `--client`, `--logo` and `--accent` override it.
public struct BrandFile: Sendable, Equatable {
    /// The keys a brand file may hold.
    public static let keys = ["agency", "client", "logo", "accent"]

    /// The agency's name.
    public var agency: String?
    /// The client's name.
    public var client: String?
    /// The logo's path, resolved against the brand file's folder.
    public var logoPath: String?
    /// The accent colour as written (validated by the report).
    public var accent: String?

    /// Reads a brand file.
    ///
    /// - Parameter path: The file.
    /// - Throws: ``BrandFileError`` when the file cannot be read, is not TOML, or holds an unknown key or
    ///   a value that is not a string.
    public init(path: String) throws(BrandFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BrandFileError(path: path, problem: "the brand file cannot be read")
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw BrandFileError(path: path, problem: "the brand file is not valid UTF-8")
        }
        try self.init(contents: contents, path: path)
    }

    /// Reads branding from TOML text.
    ///
    /// - Parameters:
    ///   - contents: The TOML text.
    ///   - path: The file's path, for messages and to resolve the logo's path.
    /// - Throws: ``BrandFileError`` naming the first problem.
    public init(contents: String, path: String) throws(BrandFileError) {
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(contents)
        } catch {
            throw BrandFileError(path: path, problem: "line \(error.line), \(error.problem)")
        }
        var values: [String: String] = [:]
        for key in table.keys {
            guard Self.keys.contains(key) else {
                throw BrandFileError(
                    path: path,
                    problem: "unknown key \"\(key)\"; expected \(Self.keys.joined(separator: ", "))"
                )
            }
            guard let text = table[key]?.stringValue else {
                throw BrandFileError(path: path, problem: "\(key) must be a string")
            }
            values[key] = text
        }
        agency = values["agency"]
        client = values["client"]
        accent = values["accent"]
        logoPath = values["logo"].map { logo in
            guard !logo.hasPrefix("/") else { return logo }
            return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(logo).path
        }
    }
}

/// A brand file that cannot be used.
public struct BrandFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// What is wrong and what was expected.
    public let problem: String

    /// `path: problem`.
    public var description: String { "\(path): \(problem)" }
}
