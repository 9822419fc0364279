/// A part of the system that a data transfer uses, as the data-transfer models split it.
public enum TransferSegment: String, CaseIterable, Sendable, Hashable, Codable {
    /// The servers that send the data.
    case dataCenter = "data_center"
    /// The networks that carry it.
    case network
    /// The device that receives and shows it.
    case device
    /// Making the hardware (SWD v3 only).
    case production
}

/// One number per segment, such as grams or kWh per GB (the unit is in the name of the property
/// that holds them); a segment a model does not have holds 0.
public struct SegmentValues: Sendable, Hashable {
    /// The data centre's value.
    public var dataCenter: Double
    /// The network's value.
    public var network: Double
    /// The device's value.
    public var device: Double
    /// The hardware production's value (SWD v3 only).
    public var production: Double

    /// Creates the value of each segment.
    public init(dataCenter: Double = 0, network: Double = 0, device: Double = 0, production: Double = 0) {
        self.dataCenter = dataCenter
        self.network = network
        self.device = device
        self.production = production
    }

    /// The value of one segment.
    public subscript(segment: TransferSegment) -> Double {
        switch segment {
        case .dataCenter: dataCenter
        case .network: network
        case .device: device
        case .production: production
        }
    }

    /// The sum over the segments.
    public var total: Double { dataCenter + network + device + production }

    /// Every segment's value multiplied by a factor.
    public func scaled(by factor: Double) -> SegmentValues {
        SegmentValues(
            dataCenter: dataCenter * factor,
            network: network * factor,
            device: device * factor,
            production: production * factor
        )
    }

    /// The segment-wise sum of two sets of values.
    public static func + (lhs: SegmentValues, rhs: SegmentValues) -> SegmentValues {
        SegmentValues(
            dataCenter: lhs.dataCenter + rhs.dataCenter,
            network: lhs.network + rhs.network,
            device: lhs.device + rhs.device,
            production: lhs.production + rhs.production
        )
    }

    /// The segment-wise product of two sets of values, such as kWh and gCO2e/kWh.
    public static func * (lhs: SegmentValues, rhs: SegmentValues) -> SegmentValues {
        SegmentValues(
            dataCenter: lhs.dataCenter * rhs.dataCenter,
            network: lhs.network * rhs.network,
            device: lhs.device * rhs.device,
            production: lhs.production * rhs.production
        )
    }
}
