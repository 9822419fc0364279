/// Remembers the value parsed from the last cell so that a column repeating itself row after row
/// (a campaign name, a date, a device mix) is parsed and allocated once per run of equal cells.
struct RepeatCache<Value> {
    private var lastBytes: [UInt8] = []
    private var lastValue: Value?

    /// The value of `bytes`: the remembered one when the bytes repeat, otherwise `parse(bytes)`, remembered.
    mutating func value<Failure: Error>(
        for bytes: UnsafeRawBufferPointer,
        parse: (UnsafeRawBufferPointer) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        if let lastValue, bytes.equals(lastBytes) { return lastValue }
        let value = try parse(bytes)
        if lastBytes.count == bytes.count {
            lastBytes.withUnsafeMutableBytes { $0.copyMemory(from: bytes) }
        } else {
            lastBytes = Array(bytes)
        }
        lastValue = value
        return value
    }
}
