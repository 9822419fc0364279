@testable import SobrietyIngest

/// Bytes in memory handed out at most `maximumRead` at a time, as a pipe might.
struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let maximumRead: Int
    private var offset = 0

    init(_ bytes: [UInt8], maximumRead: Int = .max) {
        self.bytes = bytes
        self.maximumRead = maximumRead
    }

    init(_ text: String, maximumRead: Int = .max) {
        self.init(Array(text.utf8), maximumRead: maximumRead)
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, maximumRead, bytes.count - offset)
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
        }
        offset += count
        return count
    }
}

/// A record copied out of the reader: its line and its fields as strings.
struct ReadRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]

    init(_ line: Int, _ fields: [String]) {
        self.line = line
        self.fields = fields
    }

    var description: String { "\(line): \(fields)" }
}

/// Every record of `source`, read `chunkSize` bytes at a time.
func readAll(
    _ source: MemoryByteSource,
    chunkSize: Int = 1 << 20,
    limits: CSVLimits = .standard
) throws -> [ReadRecord] {
    let reader = CSVReader(source: source, chunkSize: chunkSize, limits: limits)
    var records: [ReadRecord] = []
    while let record = try reader.nextRecord() {
        records.append(ReadRecord(record.line, (0..<record.count).map { record.string($0) }))
    }
    return records
}
