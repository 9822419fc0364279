/// The character encoding of an export, told by its byte order mark or, without one, by whether its bytes are UTF-8.
enum TextEncoding: Sendable, Equatable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// UTF-16, least significant byte first (`FF FE`), as Google Ads "Excel .csv" and LinkedIn write it.
    case utf16LittleEndian
    /// UTF-16, most significant byte first (`FE FF`).
    case utf16BigEndian
    /// Windows-1252: bytes that are not UTF-8 and carry no byte order mark, as Excel re-saves them.
    case windows1252

    /// Whether the encoding is UTF-16, in which no byte of text is a byte of ASCII.
    var isUTF16: Bool { self == .utf16LittleEndian || self == .utf16BigEndian }

    /// The encoding of a file whose first bytes are `prefix`, and the length of its byte order mark.
    ///
    /// - Parameters:
    ///   - prefix: the file's first bytes (the more, the surer the UTF-8 test).
    ///   - isWhole: whether `prefix` is the whole file, so that a sequence cut at its end is an error.
    /// - Returns: the encoding, and how many bytes of byte order mark to skip.
    static func detect(_ prefix: [UInt8], isWhole: Bool) -> (encoding: TextEncoding, byteOrderMarkLength: Int) {
        if prefix.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if prefix.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        return (isUTF8(prefix, isWhole: isWhole) ? .utf8 : .windows1252, 0)
    }

    /// How many of a file's first bytes ``unmarkedUTF16(_:)`` looks at.
    static let unmarkedUTF16SampleBytes = 512
    /// The share of the sampled byte pairs that must be one ASCII byte and one NUL for UTF-16 without a mark.
    static let unmarkedUTF16Share = 0.9

    /// The message for a file that looks like UTF-16 without a byte order mark (ASCII text with a NUL
    /// before or after each byte), or `nil` when it does not.
    static func unmarkedUTF16(_ prefix: [UInt8]) -> String? {
        let sample = prefix.prefix(unmarkedUTF16SampleBytes)
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var littleEndian = 0
        var bigEndian = 0
        for pair in 0..<pairs {
            let first = sample[2 * pair]
            let second = sample[2 * pair + 1]
            if first != 0, first < 0x80, second == 0 { littleEndian += 1 }
            if first == 0, second != 0, second < 0x80 { bigEndian += 1 }
        }
        let needed = Double(pairs) * unmarkedUTF16Share
        guard let order = Double(littleEndian) >= needed ? "little" : Double(bigEndian) >= needed ? "big" : nil else {
            return nil
        }
        return "looks like UTF-16 without a byte-order mark (\(order)-endian); save it as UTF-8, "
            + "or as UTF-16 with a byte-order mark"
    }

    /// Whether `bytes` are UTF-8, allowing a sequence cut by the end of a prefix.
    private static func isUTF8(_ bytes: [UInt8], isWhole: Bool) -> Bool {
        var checked = bytes[...]
        if !isWhole {
            // Drop a last sequence the prefix may have cut: up to 3 continuation bytes after a lead byte.
            var back = 0
            while back < min(3, checked.count), checked[checked.endIndex - 1 - back] & 0xC0 == 0x80 { back += 1 }
            if back < checked.count, checked[checked.endIndex - 1 - back] >= 0xC0 {
                checked = checked.dropLast(back + 1)
            }
        }
        return checked.withUnsafeBytes { $0.isValidUTF8 }
    }
}
