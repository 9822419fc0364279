/// Reads the numbers of the campaign format straight from bytes, without building strings.
enum NumberSyntax {
    /// What a cell meant as a count holds.
    enum CountReading: Equatable {
        /// A whole number ≥ 0.
        case count(Int)
        /// Digits after a minus sign.
        case negative
        /// Digits that do not fit in an `Int`.
        case tooLarge
        /// Anything else: letters, a decimal point, an exponent, separators.
        case notACount
    }

    /// What a cell meant as a rate holds.
    enum RateReading: Equatable {
        /// A share in [0, 1], from `0.72` or `72%`.
        case rate(Double)
        /// A number or percentage below zero.
        case negative
        /// A percentage above 100%.
        case percentageAboveHundred
        /// A bare number above 1, which could be a share or a percentage.
        case bareAboveOne(Double)
        /// Not a number.
        case notARate
    }

    /// Reads `[0-9]+`, or a minus sign before digits as ``CountReading/negative``.
    static func count(_ bytes: UnsafeRawBufferPointer) -> CountReading {
        let isNegative = bytes.first == minus
        var index = isNegative ? 1 : 0
        guard index < bytes.count else { return .notACount }
        var value = 0
        var overflowed = false
        while index < bytes.count {
            let digit = bytes[index] &- zero
            guard digit < 10 else { return .notACount }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit))
            overflowed = overflowed || overflow1 || overflow2
            value = sum
            index += 1
        }
        if isNegative { return .negative }
        return overflowed ? .tooLarge : .count(value)
    }

    /// Reads a finite decimal: `-?digits[.digits][e[+-]digits]`, with digits on at least one side of the point.
    ///
    /// - Parameters:
    ///   - bytes: the text.
    ///   - scale: a power of ten to multiply by, such as -2 for a percentage.
    /// - Returns: the nearest `Double`, or `nil` when the text is not such a number or is out of range.
    static func decimal(_ bytes: UnsafeRawBufferPointer, scale: Int = 0) -> Double? {
        let end = bytes.count
        let isNegative = end > 0 && bytes[0] == minus
        var index = isNegative ? 1 : 0
        var mantissa: UInt64 = 0
        var digitCount = 0
        var exponent = scale
        while index < end, bytes[index] &- zero < 10 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- zero)
            digitCount += 1
            index += 1
        }
        if index < end, bytes[index] == point {
            index += 1
            let fractionStart = index
            while index < end, bytes[index] &- zero < 10 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- zero)
                index += 1
            }
            digitCount += index - fractionStart
            exponent -= index - fractionStart
        }
        guard digitCount > 0 else { return nil }
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
            guard let written = exponentValue(UnsafeRawBufferPointer(rebasing: bytes[(index + 1)...])) else {
                return nil
            }
            exponent += written
            index = end
        }
        guard index == end else { return nil }
        // Exact: at most 15 digits fit a Double's mantissa, and powers of ten up to 1e22 are exact.
        if digitCount <= 15, (-22...22).contains(exponent) {
            let magnitude =
                exponent >= 0 ? Double(mantissa) * powersOfTen[exponent] : Double(mantissa) / powersOfTen[-exponent]
            return isNegative ? -magnitude : magnitude
        }
        // Rare: more digits or a large exponent; may be off by one unit in the last place when scaled.
        guard var value = Double(String(decoding: bytes, as: UTF8.self)) else { return nil }
        if scale != 0 { value = scale > 0 ? value * powersOfTen[scale] : value / powersOfTen[-scale] }
        return value.isFinite ? value : nil
    }

    /// Reads a rate: a share such as `0.72` or a percentage such as `72%` (spaces before `%` allowed).
    static func rate(_ bytes: UnsafeRawBufferPointer) -> RateReading {
        let isPercentage = bytes.last == percent
        let number = isPercentage ? UnsafeRawBufferPointer(rebasing: bytes.dropLast()).trimmingSpaces : bytes
        guard let value = decimal(number, scale: isPercentage ? -2 : 0) else { return .notARate }
        if value < 0 { return .negative }
        if isPercentage { return value <= 1 ? .rate(value) : .percentageAboveHundred }
        return value <= 1 ? .rate(value) : .bareAboveOne(value)
    }

    /// The value of `[+-]?digits`, capped far beyond any `Double` exponent.
    private static func exponentValue(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var digits = bytes[...]
        let sign = digits.first == minus ? -1 : 1
        if digits.first == minus || digits.first == plus { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            let digit = byte &- zero
            guard digit < 10 else { return nil }
            value = min(value * 10 + Int(digit), 100_000)
        }
        return sign * value
    }
}

private let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
]
private let zero = UInt8(ascii: "0")
private let minus = UInt8(ascii: "-")
private let plus = UInt8(ascii: "+")
private let point = UInt8(ascii: ".")
private let percent = UInt8(ascii: "%")
