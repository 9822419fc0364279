/// A model that turns bytes transferred into emissions, as CO2.js v0.19.0 implements it.
public enum TransferModel: String, CaseIterable, Sendable, Hashable, Codable {
    /// Sustainable Web Design model v4 (the CO2.js default since v0.18.0).
    case swdV4 = "swd-v4"
    /// Sustainable Web Design model v3.
    case swdV3 = "swd-v3"
    /// The Shift Project's OneByte model.
    case oneByte = "1byte"

    /// The segments the model splits emissions into, in the order reports show them.
    public var segments: [TransferSegment] {
        switch self {
        case .swdV4: [.dataCenter, .network, .device]
        case .swdV3: [.dataCenter, .network, .device, .production]
        case .oneByte: [.dataCenter, .network]
        }
    }

    /// Whether the model estimates a visit (first and return visits), not only a transfer.
    public var estimatesVisits: Bool { self != .oneByte }

    /// Whether the model takes a green-hosting share between 0 and 1, not only grey or green.
    public var takesGreenHostingShare: Bool { self == .swdV4 }

    /// Whether the model takes grid intensities; OneByte has fixed ones.
    public var takesGridIntensity: Bool { self != .oneByte }
}
