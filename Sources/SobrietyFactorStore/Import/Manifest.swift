/// The name and version of a factor set, from `manifest.csv`.
struct Manifest: Sendable, Hashable {
    /// The `field` of the row that holds the set's name.
    static let nameField = "name"
    /// The `field` of the row that holds the set's version.
    static let versionField = "version"
    /// Every field a manifest has, in the order messages list them.
    static let fields = [nameField, versionField]

    /// The set's name, such as `sobriety-default`.
    var name: String
    /// The set's version, such as `2026.1`.
    var version: String
}
