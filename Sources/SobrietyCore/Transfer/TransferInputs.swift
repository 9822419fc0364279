/// The grid intensity of each segment's operational energy, gCO2e/kWh; `nil` takes the model's default.
public struct SegmentGridIntensities: Sendable, Hashable {
    /// The data centre's grid intensity.
    public var dataCenterGramsPerKilowattHour: Double?
    /// The network's grid intensity.
    public var networkGramsPerKilowattHour: Double?
    /// The device's grid intensity.
    public var deviceGramsPerKilowattHour: Double?

    /// Creates the intensities; each one left out takes the model's default.
    public init(
        dataCenterGramsPerKilowattHour: Double? = nil,
        networkGramsPerKilowattHour: Double? = nil,
        deviceGramsPerKilowattHour: Double? = nil
    ) {
        self.dataCenterGramsPerKilowattHour = dataCenterGramsPerKilowattHour
        self.networkGramsPerKilowattHour = networkGramsPerKilowattHour
        self.deviceGramsPerKilowattHour = deviceGramsPerKilowattHour
    }

    /// Whether any segment has its own intensity.
    public var isEmpty: Bool {
        dataCenterGramsPerKilowattHour == nil && networkGramsPerKilowattHour == nil
            && deviceGramsPerKilowattHour == nil
    }
}

/// How a segment's grid intensity is given: a number or a country looked up in the factor set.
public enum GridIntensitySetting: Sendable, Hashable {
    /// An intensity in gCO2e/kWh.
    case gramsPerKilowattHour(Double)
    /// A country, ISO 3166-1 alpha-2 (`FR`) or alpha-3 (`FRA`), whose `grid.intensity` applies.
    case country(String)
}

/// The grid-intensity settings of the three segments; `nil` takes the model's default.
public struct TransferGridSettings: Sendable, Hashable {
    /// The data centre's setting.
    public var dataCenter: GridIntensitySetting?
    /// The network's setting.
    public var network: GridIntensitySetting?
    /// The device's setting.
    public var device: GridIntensitySetting?

    /// Creates settings per segment.
    public init(
        dataCenter: GridIntensitySetting? = nil,
        network: GridIntensitySetting? = nil,
        device: GridIntensitySetting? = nil
    ) {
        self.dataCenter = dataCenter
        self.network = network
        self.device = device
    }

    /// The same setting for every segment.
    public init(all setting: GridIntensitySetting?) {
        self.init(dataCenter: setting, network: setting, device: setting)
    }

    /// Whether any segment has a setting.
    public var isEmpty: Bool { dataCenter == nil && network == nil && device == nil }
}

/// How visits load a page, for per-visit estimates; `nil` takes the model's default.
public struct VisitPattern: Sendable, Hashable {
    /// The share of visits that load the page for the first time, 0–1.
    public var firstVisitRatio: Double?
    /// The share of visits that load it again, 0–1.
    public var returnVisitRatio: Double?
    /// The share of the data a return visit loads again, 0–1.
    public var dataReloadRatio: Double?

    /// Creates a pattern; each ratio left out takes the model's default.
    public init(firstVisitRatio: Double? = nil, returnVisitRatio: Double? = nil, dataReloadRatio: Double? = nil) {
        self.firstVisitRatio = firstVisitRatio
        self.returnVisitRatio = returnVisitRatio
        self.dataReloadRatio = dataReloadRatio
    }
}

/// The visit ratios a per-visit estimate applies, every one resolved.
public struct VisitRatios: Sendable, Hashable {
    /// The share of first visits.
    public var firstVisit: Double
    /// The share of return visits.
    public var returnVisit: Double
    /// The share of the data a return visit loads again.
    public var dataReload: Double

    /// Creates resolved ratios.
    public init(firstVisit: Double, returnVisit: Double, dataReload: Double) {
        self.firstVisit = firstVisit
        self.returnVisit = returnVisit
        self.dataReload = dataReload
    }

    /// The pattern's ratios, the defaults where it gives none.
    func applying(_ pattern: VisitPattern) -> VisitRatios {
        VisitRatios(
            firstVisit: pattern.firstVisitRatio ?? firstVisit,
            returnVisit: pattern.returnVisitRatio ?? returnVisit,
            dataReload: pattern.dataReloadRatio ?? dataReload
        )
    }
}

/// One data transfer to estimate.
public struct TransferRequest: Sendable, Hashable {
    /// The bytes transferred: a whole, non-negative number.
    public var bytes: Double
    /// The share of the data centre's operational energy that is renewable, 0–1 (1 = green hosting).
    ///
    /// SWD v3 and OneByte take only 0 or 1.
    public var greenHostingShare: Double
    /// The grid intensity of each segment.
    public var grid: TransferGridSettings
    /// The visit pattern for a per-visit estimate, or `nil` for a per-byte one.
    public var visits: VisitPattern?

    /// Creates a request.
    public init(
        bytes: Double,
        greenHostingShare: Double = 0,
        grid: TransferGridSettings = TransferGridSettings(),
        visits: VisitPattern? = nil
    ) {
        self.bytes = bytes
        self.greenHostingShare = greenHostingShare
        self.grid = grid
        self.visits = visits
    }
}

extension VisitRatios {
    /// Reads a model's default ratios: `key` with dimensions `first` and `return`, and the reload ratio.
    init(key: FactorKey, dataReloadKey: FactorKey, from lookup: inout TransferFactorLookup) {
        self.init(
            firstVisit: lookup.value(key, Self.firstVisitDimension),
            returnVisit: lookup.value(key, Self.returnVisitDimension),
            dataReload: lookup.value(dataReloadKey)
        )
    }

    /// The dimension of the share of first visits.
    static let firstVisitDimension = "first"
    /// The dimension of the share of return visits.
    static let returnVisitDimension = "return"
}
