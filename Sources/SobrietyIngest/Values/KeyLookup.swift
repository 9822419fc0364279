/// Finds the value of a short key written in any letter case, without building a string per lookup.
///
/// Keys of up to 16 bytes are packed into two integers and found in a small open-addressing
/// table; longer ones go through a byte-array dictionary.
struct KeyLookup<Value: Sendable>: Sendable {
    /// How keys are normalised before they are compared.
    enum Folding: Sendable {
        /// Lower case, with spaces and hyphens read as underscores: `Open Web` finds `open_web`.
        case lowercaseKey
        /// Upper case: `fr` finds `FR`.
        case uppercase

        func fold(_ byte: UInt8) -> UInt8 {
            switch self {
            case .lowercaseKey:
                if byte &- UInt8(ascii: "A") < 26 { return byte | 0x20 }
                return byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") ? UInt8(ascii: "_") : byte
            case .uppercase:
                return byte &- UInt8(ascii: "a") < 26 ? byte & ~0x20 : byte
            }
        }
    }

    /// Up to 16 folded bytes, zero-padded; never all zero, since keys are not empty and hold no NUL.
    private struct PackedKey: Equatable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        var slot: Int { Int(truncatingIfNeeded: (low ^ (high &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15 >> 32) }
    }

    private let folding: Folding
    private var keys: [PackedKey]
    private var values: [Value?]
    private var long: [[UInt8]: Value] = [:]

    /// Creates a lookup of `entries`; a later entry with the same folded key wins.
    init(_ entries: [(key: String, value: Value)], folding: Folding) {
        var capacity = 8
        while capacity < entries.count * 4 { capacity *= 2 }
        self.folding = folding
        self.keys = Array(repeating: PackedKey(), count: capacity)
        self.values = Array(repeating: nil, count: capacity)
        for entry in entries {
            let bytes = Array(entry.key.utf8)
            guard let packed = bytes.withUnsafeBytes({ Self.pack($0, folding: folding) }) else {
                long[bytes.map(folding.fold)] = entry.value
                continue
            }
            let index = slot(of: packed)
            keys[index] = packed
            values[index] = entry.value
        }
    }

    /// The value whose key matches `bytes` after folding, or `nil`.
    ///
    /// Bytes already in canonical form (the common case) are found without folding.
    func value(for bytes: UnsafeRawBufferPointer) -> Value? {
        guard let exact = Self.pack(bytes, folding: nil) else {
            return bytes.count > 16 ? long[bytes.map(folding.fold)] : nil
        }
        if let value = values[slot(of: exact)] { return value }
        guard let folded = Self.pack(bytes, folding: folding), folded != exact else { return nil }
        return values[slot(of: folded)]
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    private func slot(of key: PackedKey) -> Int {
        let mask = keys.count - 1
        var index = key.slot & mask
        while keys[index] != key, keys[index] != PackedKey() { index = (index + 1) & mask }
        return index
    }

    /// The bytes, folded when `folding` is given, packed into a key; `nil` when empty or longer than 16.
    private static func pack(_ bytes: UnsafeRawBufferPointer, folding: Folding?) -> PackedKey? {
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        guard let folding else {
            let high = bytes.count > 8 ? bytes.zeroPaddedWord(fromByteOffset: 8) : 0
            return PackedKey(low: bytes.zeroPaddedWord(fromByteOffset: 0), high: high)
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { words in
            for index in 0..<bytes.count { words[index] = folding.fold(bytes[index]) }
        }
        return PackedKey(low: UInt64(littleEndian: words.0), high: UInt64(littleEndian: words.1))
    }
}
