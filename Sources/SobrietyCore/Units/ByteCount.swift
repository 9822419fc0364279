/// An amount of data, stored in bytes.
///
/// Fractional values are allowed: data volumes are estimates (seconds × bit rate).
public struct ByteCount: Sendable, Hashable, Comparable, AdditiveArithmetic, Codable {
    /// The amount in bytes.
    public var bytes: Double

    /// Creates an amount from bytes.
    public init(bytes: Double) {
        self.bytes = bytes
    }

    /// An amount from decimal gigabytes; one gigabyte is 1,000,000,000 bytes.
    public static func gigabytes(_ gigabytes: Double) -> ByteCount {
        ByteCount(bytes: gigabytes * 1e9)
    }

    /// No data.
    public static let zero = ByteCount(bytes: 0)

    /// The amount in decimal gigabytes.
    public var gigabytes: Double { bytes / 1e9 }

    /// The amount in decimal kilobytes.
    public var kilobytes: Double { bytes / 1e3 }

    /// The sum of two amounts.
    public static func + (lhs: ByteCount, rhs: ByteCount) -> ByteCount {
        ByteCount(bytes: lhs.bytes + rhs.bytes)
    }

    /// The difference of two amounts.
    public static func - (lhs: ByteCount, rhs: ByteCount) -> ByteCount {
        ByteCount(bytes: lhs.bytes - rhs.bytes)
    }

    /// Whether the first of two amounts is the smaller.
    public static func < (lhs: ByteCount, rhs: ByteCount) -> Bool {
        lhs.bytes < rhs.bytes
    }

    /// Decodes the value from a plain JSON number.
    public init(from decoder: any Decoder) throws {
        self.bytes = try decoder.singleValueContainer().decode(Double.self)
    }

    /// Encodes the value as a plain JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(bytes)
    }
}
