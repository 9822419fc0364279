extension FactorKey {
    /// SWD v4 operational energy per GB transferred, kWh/GB, by segment.
    public static let swd4OperationalEnergy: FactorKey = "transfer.swd4.operational_energy"
    /// SWD v4 embodied energy per GB transferred, kWh/GB, by segment.
    public static let swd4EmbodiedEnergy: FactorKey = "transfer.swd4.embodied_energy"
    /// SWD v4 global grid intensity, gCO2e/kWh: the operational default and the embodied intensity.
    public static let swd4GridIntensity: FactorKey = "transfer.swd4.grid_intensity"
    /// SWD v4 default shares of first and return visits, ratio, by `first` or `return`.
    public static let swd4VisitShare: FactorKey = "transfer.swd4.visit_share"
    /// SWD v4 default share of the data reloaded on a return visit, ratio.
    public static let swd4DataReloadRatio: FactorKey = "transfer.swd4.data_reload_ratio"
    /// SWD v4 rating limits, gCO2e per page view, by rating (`A+` … `E`).
    public static let swd4RatingLimit: FactorKey = "transfer.swd4.rating_limit"
    /// SWD v3 energy per GB transferred, kWh/GB.
    public static let swd3Energy: FactorKey = "transfer.swd3.energy"
    /// SWD v3 share of the energy by segment, ratio.
    public static let swd3EnergyShare: FactorKey = "transfer.swd3.energy_share"
    /// SWD v3 global grid intensity, gCO2e/kWh.
    public static let swd3GridIntensity: FactorKey = "transfer.swd3.grid_intensity"
    /// SWD v3 grid intensity of a green data centre, gCO2e/kWh.
    public static let swd3RenewablesGridIntensity: FactorKey = "transfer.swd3.renewables_grid_intensity"
    /// SWD v3 default shares of first and return visits, ratio, by `first` or `return`.
    public static let swd3VisitShare: FactorKey = "transfer.swd3.visit_share"
    /// SWD v3 default share of the data reloaded on a return visit, ratio.
    public static let swd3DataReloadRatio: FactorKey = "transfer.swd3.data_reload_ratio"
    /// SWD v3 rating limits, gCO2e per page view, by rating (`A+` … `E`).
    public static let swd3RatingLimit: FactorKey = "transfer.swd3.rating_limit"
    /// OneByte data-centre energy, kWh/byte.
    public static let oneByteDataCenterEnergy: FactorKey = "transfer.onebyte.data_center_energy"
    /// OneByte network energy, kWh/byte, by access network; the model uses their mean.
    public static let oneByteNetworkEnergy: FactorKey = "transfer.onebyte.network_energy"
    /// OneByte grid intensities, gCO2e/kWh, by `data_center`, `data_center_green` and `network`.
    public static let oneByteGridIntensity: FactorKey = "transfer.onebyte.grid_intensity"
}
