/// A fast 64-bit hash of short byte strings, eight bytes per step with a folded 128-bit multiply.
///
/// Not cryptographic: the seed is random per run so that collisions cannot be planned, and a
/// collision only costs a second look, never a wrong answer.
enum ByteHash {
    /// A seed drawn once per run.
    static let runSeed: UInt64 = {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }()

    /// The hash of `bytes` under `seed`.
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        var state = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var offset = 0
        while offset + 8 <= bytes.count {
            state = mix(state ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count { state = mix(state ^ bytes.zeroPaddedWord(fromByteOffset: offset)) }
        return finalize(state)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: 0xA076_1D64_78BD_642F)
        return product.high ^ product.low
    }

    /// MurmurHash3's finaliser: every input bit affects every output bit.
    private static func finalize(_ value: UInt64) -> UInt64 {
        var state = value
        state ^= state >> 33
        state &*= 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 33
        state &*= 0xC4CE_B9FE_1A85_EC53
        state ^= state >> 33
        return state
    }
}
