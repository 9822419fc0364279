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

    /// The columns every request selects, in the order ``init(row:)`` reads them.
    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.key,
            Columns.name,
            Columns.channel,
            Columns.defaultFormat,
            Columns.defaultBuying,
            Columns.mfaApplies,
            Columns.source,
            Columns.note,
        ]
    }

    /// Reads a fetched row of ``databaseSelection``, column by column in order (faster than by name).
    init(row: Row) throws {
        key = try row.decode(atIndex: 0)
        name = try row.decode(atIndex: 1)
        channel = try row.decode(atIndex: 2)
        defaultFormat = try row.decode(atIndex: 3)
        defaultBuying = try row.decode(atIndex: 4)
        mfaApplies = try row.decode(atIndex: 5)
        source = try row.decode(atIndex: 6)
        note = try row.decode(atIndex: 7)
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
