/// How far the reading of one campaign file has got, for a progress indication.
public struct ReadProgress: Sendable, Hashable {
    /// The file as the user named it.
    public var path: String
    /// The bytes read so far.
    public var bytesRead: Int
    /// The file's size, when it is a regular file (not a pipe).
    public var totalBytes: Int?
    /// The data rows read so far.
    public var rows: Int

    /// Creates a progress report.
    public init(path: String, bytesRead: Int, totalBytes: Int?, rows: Int) {
        self.path = path
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.rows = rows
    }
}
