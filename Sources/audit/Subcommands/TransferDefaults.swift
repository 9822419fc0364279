import Sobriety

/// The values the command-line options give a transfer: the request of `--bytes`, and the defaults
/// of the cells a batch row leaves empty.
struct TransferDefaults {
    /// The green share, 1 with `--green`.
    let greenShare: Double?
    /// The grid setting of every segment.
    let grid: GridIntensitySetting?
    /// The visit pattern, with `--per-visit`.
    let visits: VisitPattern?

    init(options: Transfer) {
        greenShare = options.green ? 1 : options.greenShare
        grid =
            options.country.map(GridIntensitySetting.country)
            ?? options.gridIntensity.map(GridIntensitySetting.gramsPerKilowattHour)
        visits =
            options.perVisit
            ? VisitPattern(
                firstVisitRatio: options.firstVisitRatio,
                returnVisitRatio: options.returnVisitRatio,
                dataReloadRatio: options.dataReloadRatio
            ) : nil
    }

    /// The request of `--bytes N` with the options.
    func request(bytes: Double) throws -> TransferRequest {
        TransferRequest(
            bytes: bytes,
            greenHostingShare: greenShare ?? 0,
            grid: TransferGridSettings(all: grid),
            visits: visits
        )
    }

    /// The option that sets a parameter: `grid-intensity` for ``TransferParameter/gridIntensity``.
    static func flag(_ parameter: TransferParameter) -> String {
        String(parameter.rawValue.map { $0 == "_" ? "-" : $0 })
    }
}
