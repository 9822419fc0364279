import GRDB
import SobrietyCore

/// A row of `platforms`: a platform's channel and defaults; format and buying mode are stored as their raw values.
struct PlatformRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "platforms"

    /// The columns, for queries.
    enum Columns {
        static let key = Column(CodingKeys.key)
        static let name = Column(CodingKeys.name)
        static let channel = Column(CodingKeys.channel)
        static let defaultFormat = Column(CodingKeys.defaultFormat)
        static let defaultBuying = Column(CodingKeys.defaultBuying)
        static let mfaApplies = Column(CodingKeys.mfaApplies)
        static let source = Column(CodingKeys.source)
        static let note = Column(CodingKeys.note)
    }

    enum CodingKeys: String, CodingKey {
        case key
        case name
        case channel
        case defaultFormat = "default_format"
        case defaultBuying = "default_buying"
        case mfaApplies = "mfa_applies"
        case source
        case note
    }

    var key: String
    var name: String
    var channel: String
    var defaultFormat: String
    var defaultBuying: String
    var mfaApplies: Bool
    var source: String
    var note: String

    /// The row for a platform.
    init(_ profile: PlatformProfile) {
        self.key = profile.key
        self.name = profile.name
        self.channel = profile.channel
        self.defaultFormat = profile.defaultFormat.rawValue
        self.defaultBuying = profile.defaultBuying.rawValue
        self.mfaApplies = profile.hasMadeForAdvertisingInventory
        self.source = profile.source
        self.note = profile.note
    }

    /// The platform the row describes.
    ///
    /// - Parameter store: The store's name, for the error.
    /// - Returns: The profile.
    /// - Throws: ``FactorStoreError/invalidContent(store:detail:)`` when the format or buying mode is unknown.
    func profile(in store: String) throws(FactorStoreError) -> PlatformProfile {
        guard let format = AdFormat(rawValue: defaultFormat) else {
            throw unknownValue(Columns.defaultFormat, defaultFormat, expected: AdFormat.allCases, store: store)
        }
        guard let buying = BuyingMode(rawValue: defaultBuying) else {
            throw unknownValue(Columns.defaultBuying, defaultBuying, expected: BuyingMode.allCases, store: store)
        }
        return PlatformProfile(
            key: key,
            name: name,
            channel: channel,
            defaultFormat: format,
            defaultBuying: buying,
            hasMadeForAdvertisingInventory: mfaApplies,
            source: source,
            note: note
        )
    }

    private func unknownValue<Value: RawRepresentable<String>>(
        _ column: Column,
        _ value: String,
        expected: [Value],
        store: String
    ) -> FactorStoreError {
        let listed = expected.map(\.rawValue).joined(separator: ", ")
        return .invalidContent(
            store: store,
            detail: "\(Self.databaseTableName).\(column.name) of platform '\(key)' is \"\(value)\", expected one of "
                + listed
        )
    }
}
