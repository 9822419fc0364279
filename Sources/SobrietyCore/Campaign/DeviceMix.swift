/// The shares of a line's impressions by device; the shares sum to 1.
public struct DeviceMix: Sendable, Hashable {
    /// The share of each device with a share above zero, in device order.
    public let shares: [(device: DeviceKind, share: Double)]

    /// Creates a mix from shares that already sum to 1 (within 1e-6); `nil` otherwise.
    public init?(_ shares: [DeviceKind: Double]) {
        let kept = DeviceKind.allCases.compactMap { device in
            shares[device].flatMap { $0 > 0 ? (device: device, share: $0) : nil }
        }
        let total = kept.reduce(0) { $0 + $1.share }
        guard !kept.isEmpty, abs(total - 1) <= 1e-6, kept.allSatisfy({ $0.share.isFinite }) else { return nil }
        self.shares = kept
    }

    /// A mix of one device.
    public init(only device: DeviceKind) {
        self.shares = [(device: device, share: 1)]
    }

    /// The share of one device, 0 when absent.
    public func share(of device: DeviceKind) -> Double {
        shares.first { $0.device == device }?.share ?? 0
    }

    /// The mix as the campaign format writes it: `mobile` or `mobile:0.8;desktop:0.2`.
    public var description: String {
        if shares.count == 1 { return shares[0].device.rawValue }
        return shares.map { "\($0.device.rawValue):\($0.share)" }.joined(separator: ";")
    }

    /// Whether two mixes have the same devices with the same shares.
    public static func == (lhs: DeviceMix, rhs: DeviceMix) -> Bool {
        lhs.shares.elementsEqual(rhs.shares) { $0.device == $1.device && $0.share == $1.share }
    }

    /// Hashes the devices and shares.
    public func hash(into hasher: inout Hasher) {
        for entry in shares {
            hasher.combine(entry.device)
            hasher.combine(entry.share)
        }
    }
}
