/// Exact conversions between the units the method mixes; definitions, not measured values.
enum UnitConversion {
    /// Bytes in one decimal gigabyte (GB = 10⁹ bytes, as the factor tables use it).
    static let bytesPerGigabyte = 1e9
    /// Bytes in one decimal kilobyte.
    static let bytesPerKilobyte = 1e3
    /// Bytes per second delivered by one kbit/s: 1,000 bits / 8.
    static let bytesPerSecondPerKilobitPerSecond = 125.0
    /// Seconds in one minute.
    static let secondsPerMinute = 60.0
    /// Watt-seconds (joules) in one kilowatt-hour: 3,600 s × 1,000 W.
    static let wattSecondsPerKilowattHour = 3.6e6
    /// Impressions in the "per thousand" of g/1,000 impressions.
    static let impressionsPerThousand = 1_000.0
}
