extension UnsafeRawBufferPointer {
    /// The bytes without leading and trailing spaces and tabs.
    var trimmingSpaces: UnsafeRawBufferPointer {
        var lower = startIndex
        var upper = endIndex
        while lower < upper, self[lower] == space || self[lower] == tab { lower += 1 }
        while upper > lower, self[upper - 1] == space || self[upper - 1] == tab { upper -= 1 }
        return UnsafeRawBufferPointer(rebasing: self[lower..<upper])
    }

    /// The bytes from `offset` on, at most eight, as a little-endian word padded with zero bytes.
    ///
    /// Loaded four, two and one bytes at a time: copying so few bytes with `copyMemory` is a call to `memmove`.
    func zeroPaddedWord(fromByteOffset offset: Int) -> UInt64 {
        let length = Swift.min(count - offset, 8)
        if length == 8 { return UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        var word: UInt64 = 0
        var loaded = 0
        if length & 4 != 0 {
            word = UInt64(UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            loaded = 4
        }
        if length & 2 != 0 {
            let pair = UInt16(littleEndian: loadUnaligned(fromByteOffset: offset + loaded, as: UInt16.self))
            word |= UInt64(pair) << (loaded * 8)
            loaded += 2
        }
        if length & 1 != 0 { word |= UInt64(self[offset + loaded]) << (loaded * 8) }
        return word
    }

    /// Whether the bytes equal `other`, byte for byte (compared eight at a time).
    func equals(_ other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        return other.withUnsafeBytes { other in
            var offset = 0
            while offset + 8 <= count {
                let mine = loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                guard mine == other.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
                offset += 8
            }
            while offset < count {
                guard self[offset] == other[offset] else { return false }
                offset += 1
            }
            return true
        }
    }

    /// The bytes as a message quotes them: line breaks and tabs escaped, cut to 40 characters.
    var quotedForMessage: String {
        let text = String(decoding: self, as: UTF8.self)
        var shown = ""
        for (offset, character) in text.enumerated() {
            if offset == 39 {
                shown += "…"
                break
            }
            switch character {
            case "\n", "\r\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            default: shown.append(character)
            }
        }
        return "\"\(shown)\""
    }
}

private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
