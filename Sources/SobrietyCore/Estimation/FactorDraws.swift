/// Monte Carlo draws of factors from their triangular distributions (low, central, high).
///
/// Each factor has its own random stream, seeded by the run's seed and the factor's key and
/// dimension, so a factor's draws do not depend on which other factors the set holds or the
/// campaign uses. Draws are computed on first use and kept.
struct FactorDraws {
    let settings: RangeSettings
    let factors: [EmissionFactor]
    private var cache: [Int: [Double]] = [:]

    init(settings: RangeSettings, factors: [EmissionFactor]) {
        self.settings = settings
        self.factors = factors
    }

    /// The draws of the factor at `index`, or of its complement `1 − x`.
    mutating func draws(_ use: FactorUse) -> [Double] {
        let values = draws(index: use.index)
        return use.isComplement ? values.map { 1 - $0 } : values
    }

    /// Multiplies a running product, draw by draw, by the draws of a factor or of its complement `1 − x`.
    mutating func multiply(_ product: inout [Double], by use: FactorUse) {
        let values = draws(index: use.index)
        values.withUnsafeBufferPointer { values in
            product.withUnsafeMutableBufferPointer { product in
                if use.isComplement {
                    for draw in product.indices { product[draw] *= 1 - values[draw] }
                } else {
                    for draw in product.indices { product[draw] *= values[draw] }
                }
            }
        }
    }

    private mutating func draws(index: Int) -> [Double] {
        if let cached = cache[index] { return cached }
        let factor = factors[index]
        var generator = SplitMix64(seed: settings.seed ^ Self.streamID(of: factor))
        let values = (0..<settings.draws).map { _ in
            Self.triangular(low: factor.low, mode: factor.value, high: factor.high, uniform: generator.nextUnit())
        }
        cache[index] = values
        return values
    }

    /// The inverse of the triangular distribution's cumulative distribution function.
    static func triangular(low: Double, mode: Double, high: Double, uniform: Double) -> Double {
        let width = high - low
        guard width > 0 else { return mode }
        let modeQuantile = (mode - low) / width
        if uniform < modeQuantile {
            return low + (uniform * width * (mode - low)).squareRoot()
        }
        return high - ((1 - uniform) * width * (high - mode)).squareRoot()
    }

    /// FNV-1a over `key|dimension`: a stable identity for the factor's random stream.
    static func streamID(of factor: EmissionFactor) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(factor.key.rawValue)|\(factor.dimension ?? "")".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast, well-mixed 64-bit generator.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1) with 53 random bits.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
