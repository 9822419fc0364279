import Crypto

/// A byte source that computes the SHA-256 of every byte read through it.
struct HashingByteSource<Base: ByteSource>: ByteSource {
    private var base: Base
    private var hasher = SHA256()

    /// Wraps `base`.
    init(_ base: Base) {
        self.base = base
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = try base.read(into: buffer)
        hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        return count
    }

    /// The SHA-256 of the bytes read so far, lowercase hex.
    var hexDigest: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in hasher.finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
