/// A publication a factor is taken from.
public struct FactorSource: Sendable, Hashable, Codable {
    /// The short id factors cite, such as `EMBER`.
    public var id: String
    /// Who published it.
    public var publisher: String
    /// Its title.
    public var title: String
    /// The year of publication or of the data.
    public var year: Int
    /// Where to read it.
    public var url: String
    /// The licence the data is published under.
    public var licence: String

    /// Creates a source from all of its fields.
    public init(id: String, publisher: String, title: String, year: Int, url: String, licence: String) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.year = year
        self.url = url
        self.licence = licence
    }
}
