#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a campaign file is cut in two parts that are read at the same time.
///
/// Bytes without a quote hold no field that spans lines, so every line feed among them ends a
/// record: the cut is the byte after the first line feed past the middle, found from the bytes
/// alone, when no quote comes before it. The second part then starts on a record of its own, and
/// its reader reads any quotes after the cut as a single pass would.
struct CampaignSplit: Sendable {
    /// The smallest file worth reading in two parts.
    static let standardMinimumBytes = 8 << 20  // as CampaignReader.init says

    /// The offset of the second part's first byte.
    let offset: Int
    /// The physical line the second part starts on.
    let firstLine: Int

    /// Plans the cut of the file at `path`; `nil` when the file is to be read in one pass.
    ///
    /// That is when it is not a regular file, is smaller than `minimumBytes`, holds a quote before
    /// the cut, or has no line feed after its middle; also when it cannot be read (the one pass then
    /// says why). Only the bytes up to the cut are read.
    static func plan(path: String, minimumBytes: Int) -> CampaignSplit? {
        guard let file = try? InputFile(path: path, displayName: path), let size = file.size, size >= minimumBytes
        else { return nil }
        let middle = size / 2
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        var lines = LineCounter()
        var position = 0
        while true {
            guard let count = try? file.read(into: chunk) else { return nil }
            guard count > 0, let base = chunk.baseAddress else { return nil }
            let from = max(middle - position, 0)
            let lineFeed = from < count ? memchr(base + from, Int32(CSVByte.lineFeed), count - from) : nil
            let firstPartBytes = lineFeed.map { base.distance(to: $0) + 1 } ?? count
            if memchr(base, Int32(CSVByte.quote), firstPartBytes) != nil { return nil }
            lines.count(UnsafeRawBufferPointer(start: base, count: firstPartBytes))
            position += firstPartBytes
            if lineFeed != nil { break }
        }
        guard position < size else { return nil }
        return CampaignSplit(offset: position, firstLine: 1 + lines.lines)
    }
}

/// Counts lines as ``CSVReader`` does: a line feed, a carriage return, or both in that order end one.
private struct LineCounter {
    /// The line ends counted so far.
    private(set) var lines = 0
    private var endsInCarriageReturn = false

    /// Counts the line ends in the next bytes.
    mutating func count(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if !endsInCarriageReturn, memchr(base, Int32(CSVByte.carriageReturn), bytes.count) == nil {
            lines += Self.lineFeeds(in: bytes)
            return
        }
        for byte in bytes {
            if byte == CSVByte.lineFeed {
                lines += 1
                endsInCarriageReturn = false
            } else {
                if endsInCarriageReturn { lines += 1 }
                endsInCarriageReturn = byte == CSVByte.carriageReturn
            }
        }
    }

    /// The line feeds in `bytes`, counted eight bytes at a time.
    private static func lineFeeds(in bytes: UnsafeRawBufferPointer) -> Int {
        let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let lineFeeds: UInt64 = 0x0101_0101_0101_0101 &* UInt64(CSVByte.lineFeed)
        var count = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ lineFeeds
            // A byte's high bit ends up set exactly when the byte is zero, that is when it was a line
            // feed: adding 0x7F to its low bits sets it otherwise, and no sum carries into the next byte.
            count += (~(((word & lowBits) &+ lowBits) | word) & ~lowBits).nonzeroBitCount
            offset += 8
        }
        for byte in bytes[offset...] where byte == CSVByte.lineFeed { count += 1 }
        return count
    }
}
