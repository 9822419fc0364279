/// A stream of bytes read in chunks, such as a file.
protocol ByteSource {
    /// Reads up to `buffer.count` bytes into `buffer` and returns how many were read; 0 means the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
