import GRDB
import SobrietyCore

/// A row of `platforms`: a platform's channel and defaults; format and buying mode are stored as their raw values.
struct PlatformRecord: Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "platforms"

    /// The columns, for queries, reads and inserts.
    enum Columns {
        static let key = Column("key")
        static let name = Column("name")
        static let channel = Column("channel")
        static let defaultFormat = Column("default_format")
        static let defaultBuying = Column("default_buying")
        static let mfaApplies = Column("mfa_applies")
        static let source = Column("source")
        static let note = Column("note")
    }

    var key: String
    var name: String
    var channel: String
    var defaultFormat: String
    var defaultBuying: String
    var mfaApplies: Bool
    var source: String
    var note: String

    /// Reads a fetched row, column by column.
    init(row: Row) throws {
        key = try row.decode(forColumn: Columns.key)
        name = try row.decode(forColumn: Columns.name)
        channel = try row.decode(forColumn: Columns.channel)
        defaultFormat = try row.decode(forColumn: Columns.defaultFormat)
        defaultBuying = try row.decode(forColumn: Columns.defaultBuying)
        mfaApplies = try row.decode(forColumn: Columns.mfaApplies)
        source = try row.decode(forColumn: Columns.source)
        note = try row.decode(forColumn: Columns.note)
    }

    /// Writes the row's columns, for inserts.
    func encode(to container: inout PersistenceContainer) {
        container[Columns.key] = key
        container[Columns.name] = name
        container[Columns.channel] = channel
        container[Columns.defaultFormat] = defaultFormat
        container[Columns.defaultBuying] = defaultBuying
        container[Columns.mfaApplies] = mfaApplies
        container[Columns.source] = source
        container[Columns.note] = note
    }

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
