/// A check ``FactorStore/verify()`` performs.
public enum FactorStoreCheck: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// SQLite's `PRAGMA quick_check` finds the file sound.
    case integrity
    /// The store's migrations are all applied, and no unknown one.
    case schemaVersion
    /// The digest recorded in the store is the digest of its content.
    case digest
    /// Every factor and platform cites a source the store lists.
    case factorSources
    /// Every factor's values are finite with `low <= value <= high`.
    case factorRanges
    /// Every platform has `platform.device_share` rows (dimension `platform/device`) that sum to 1.
    case platformDeviceShares
    /// Every platform has a `video.watch_seconds` row (dimension: the platform).
    case platformWatchTime

    /// The check's name in reports, such as `platform device shares`.
    public var description: String {
        switch self {
        case .integrity: "integrity"
        case .schemaVersion: "schema version"
        case .digest: "digest"
        case .factorSources: "factor sources"
        case .factorRanges: "factor ranges"
        case .platformDeviceShares: "platform device shares"
        case .platformWatchTime: "platform watch time"
        }
    }
}
