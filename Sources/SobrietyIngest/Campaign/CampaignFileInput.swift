/// A campaign file opened for one pass: the names it goes by, the file, and the CSV reader over it.
struct CampaignFileInput {
    /// Where the file is read from.
    let path: String
    /// The name messages and the summary show.
    let displayName: String
    /// The CSV records, read through a SHA-256 of the raw bytes.
    let csv: CSVReader<HashingByteSource<InputFile>>
    private let file: InputFile

    /// Opens the file.
    init(path: String, displayName: String) throws(InputFileError) {
        self.path = path
        self.displayName = displayName
        self.file = try InputFile(path: path, displayName: displayName)
        self.csv = CSVReader(source: HashingByteSource(file))
    }

    /// The same file opened again from its start.
    func reopened() throws(InputFileError) -> CampaignFileInput {
        try CampaignFileInput(path: path, displayName: displayName)
    }

    /// The bytes of the file the records handed out so far came from.
    var consumedBytes: Int { file.bytesRead - csv.bufferedByteCount }

    /// The bytes read from the file so far.
    var bytesRead: Int { file.bytesRead }

    /// The file's size, when it is a regular file.
    var size: Int? { file.size }

    /// Makes the records end at `offset`: the file reads as if it stopped there.
    func stopReading(at offset: Int) {
        file.endOffset = offset
    }

    /// Reads the rest of the file, past any stop, into the digest only.
    func digestRest() throws {
        file.endOffset = nil
        try csv.drainSource()
    }

    /// SHA-256 of the bytes read so far, lowercase hex.
    var sha256: String { csv.source.hexDigest }

    /// How far reading has got after `rows` data rows.
    func progress(rows: Int) -> ReadProgress {
        ReadProgress(path: displayName, bytesRead: file.bytesRead, totalBytes: file.size, rows: rows)
    }
}
