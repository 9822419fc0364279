/// Remembers the values parsed from the distinct cells of a column, for columns with few distinct
/// values that do not repeat row after row (a device mix drawn from a handful of mixes).
///
/// Looked up by a 64-bit hash of the cell's bytes, confirmed byte for byte, so a hit allocates
/// nothing. Bounded: past ``capacity`` distinct cells it stops remembering new ones.
struct ContentCache<Value> {
    /// Distinct cells remembered at most.
    static var capacity: Int { 256 }

    private var entries: [UInt64: [(bytes: [UInt8], value: Value)]] = [:]
    private var count = 0

    /// The value of `bytes`: the remembered one, otherwise `parse(bytes)`, remembered while there is room.
    mutating func value<Failure: Error>(
        for bytes: UnsafeRawBufferPointer,
        parse: (UnsafeRawBufferPointer) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        let hash = ByteHash.hash(bytes, seed: 0)
        if let known = entries[hash]?.first(where: { bytes.equals($0.bytes) }) { return known.value }
        let value = try parse(bytes)
        if count < Self.capacity {
            entries[hash, default: []].append((Array(bytes), value))
            count += 1
        }
        return value
    }
}
