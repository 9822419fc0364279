import SobrietyCore

/// Reads one cell of each column type of the campaign format from its bytes, or says why it cannot.
///
/// Cells arrive trimmed and non-empty. The vocabularies (platforms, countries, resolutions) come
/// from the factor set. A class, so that passing it around copies one reference, not its tables.
final class CellParser: Sendable {
    /// The lower bound a number column puts on its values.
    enum NumberBound {
        /// Zero or more.
        case nonNegative
        /// Strictly more than zero.
        case positive
    }

    private let platforms: Vocabulary<VocabularyKey>
    private let formats: Vocabulary<AdFormat>
    private let buyingModes: Vocabulary<BuyingMode>
    private let devices: Vocabulary<DeviceKind>
    private let resolutions: Vocabulary<String>
    private let countries: KeyLookup<VocabularyKey>
    private let alpha2ByAlpha3: KeyLookup<String>

    /// Creates a parser that knows the platforms, countries and resolutions of `factorSet`.
    init(factorSet: FactorSet) {
        let platformKeys = factorSet.platformKeys
        platforms = Vocabulary(keys: platformKeys, values: positionedKeys(platformKeys), noun: "platform")
        formats = Vocabulary(AdFormat.allCases, noun: "format")
        buyingModes = Vocabulary(BuyingMode.allCases, noun: "buying mode")
        devices = Vocabulary(DeviceKind.allCases, noun: "device")
        let resolutionKeys = factorSet.dimensions(of: .videoBitrate).filter { $0.hasSuffix("p") }
        resolutions = Vocabulary(
            keys: resolutionKeys.sorted { (Int($0.dropLast()) ?? 0, $0) < (Int($1.dropLast()) ?? 0, $1) },
            noun: "resolution"
        )
        let countryCodes = factorSet.countryCodes
        countries = KeyLookup(Array(zip(countryCodes, positionedKeys(countryCodes))), folding: .uppercase)
        alpha2ByAlpha3 = KeyLookup(factorSet.countries.values.map { ($0.alpha3, $0.alpha2) }, folding: .uppercase)
    }

    /// An integer ≥ 0 written with digits only.
    func count(_ cell: UnsafeRawBufferPointer) throws(CellError) -> Int {
        switch NumberSyntax.count(cell) {
        case .count(let value): return value
        case .negative: throw CellError(cell, "is negative; expected a whole number ≥ 0")
        case .tooLarge: throw CellError(cell, "is too large; expected at most \(Int.max)")
        case .notACount: throw CellError(cell, "is not a whole number; expected digits only, such as 12000")
        }
    }

    /// A finite decimal number within `bound`.
    func number(_ cell: UnsafeRawBufferPointer, _ bound: NumberBound) throws(CellError) -> Double {
        guard let value = NumberSyntax.decimal(cell) else {
            throw CellError(cell, "is not a number; expected a decimal such as 12.5")
        }
        switch bound {
        case .nonNegative where value < 0:
            throw CellError(cell, "is negative; expected a number ≥ 0")
        case .positive where value <= 0:
            throw CellError(cell, "is not above zero; expected a number > 0")
        default:
            return value
        }
    }

    /// A share in [0, 1] written `0.72` or `72%`.
    func rate(_ cell: UnsafeRawBufferPointer) throws(CellError) -> Double {
        switch NumberSyntax.rate(cell) {
        case .rate(let value):
            return value
        case .bareAboveOne(let value) where value <= 100:
            let written = String(decoding: cell, as: UTF8.self)
            let share = DecimalText.dividedByHundred(written, value: value)
            throw CellError(cell, "is not a rate; write \(share) or \(written)%")
        case .bareAboveOne, .notARate:
            throw CellError(
                cell,
                "is not a rate; expected a share from 0 to 1 such as 0.72, or a percentage such as 72%"
            )
        case .negative:
            throw CellError(cell, "is negative; expected a rate from 0 to 1, or 0% to 100%")
        case .percentageAboveHundred:
            throw CellError(cell, "is above 100%; expected a rate from 0% to 100%")
        }
    }

    /// A platform key of the factor set, in any case, with its position in ``FactorSet/platformKeys``.
    func platform(_ cell: UnsafeRawBufferPointer) throws(CellError) -> VocabularyKey {
        try platforms.value(of: cell)
    }

    /// An ad format key.
    func format(_ cell: UnsafeRawBufferPointer) throws(CellError) -> AdFormat {
        try formats.value(of: cell)
    }

    /// A buying mode key.
    func buying(_ cell: UnsafeRawBufferPointer) throws(CellError) -> BuyingMode {
        try buyingModes.value(of: cell)
    }

    /// A resolution key of the factor set (`video.bitrate` dimensions ending in `p`).
    func resolution(_ cell: UnsafeRawBufferPointer) throws(CellError) -> String {
        try resolutions.value(of: cell)
    }

    /// A device, `mobile`, or a mix of shares summing to 1, `mobile:0.8;desktop:0.2` (shares may be percentages).
    func device(_ cell: UnsafeRawBufferPointer) throws(CellError) -> DeviceMix {
        // Built only when thrown: a message costs more than parsing a valid cell.
        func syntaxError() -> CellError {
            CellError(cell, "is not a device mix; expected \(devices.list) or shares such as mobile:0.8;desktop:0.2")
        }
        if let only = devices.lookup.value(for: cell) { return DeviceMix(only: only) }
        var shares: [DeviceKind: Double] = [:]
        for entry in cell.split(separator: semicolon, omittingEmptySubsequences: false) {
            let parts = entry.split(separator: colon, omittingEmptySubsequences: false)
            guard parts.count == 2,
                let device = devices.lookup.value(for: UnsafeRawBufferPointer(rebasing: parts[0]).trimmingSpaces),
                shares[device] == nil,
                case .rate(let share) = NumberSyntax.rate(UnsafeRawBufferPointer(rebasing: parts[1]).trimmingSpaces)
            else { throw syntaxError() }
            shares[device] = share
        }
        guard let mix = DeviceMix(shares) else {
            throw CellError(cell, "is not a device mix; its shares must sum to 1")
        }
        return mix
    }

    /// An ISO 3166-1 alpha-2 code or a region code of the factor set, in any case; returned upper case, with
    /// its position in ``FactorSet/countryCodes``.
    func country(_ cell: UnsafeRawBufferPointer) throws(CellError) -> VocabularyKey {
        if let code = countries.value(for: cell) { return code }
        if let alpha2 = alpha2ByAlpha3.value(for: cell) {
            throw CellError(cell, "is an alpha-3 code; write \(alpha2)")
        }
        throw CellError(cell, "is not a known country; expected an ISO 3166-1 alpha-2 code such as FR, or WORLD")
    }

    /// An ISO 8601 date, `YYYY-MM-DD`, that exists in the calendar.
    func date(_ cell: UnsafeRawBufferPointer) throws(CellError) -> String {
        guard CalendarDate.isValid(cell) else {
            throw CellError(cell, "is not a date; expected YYYY-MM-DD, such as 2026-03-31")
        }
        return String(decoding: cell, as: UTF8.self)
    }

    /// An ISO 4217 currency code: three letters, returned upper case.
    func currency(_ cell: UnsafeRawBufferPointer) throws(CellError) -> String {
        guard cell.count == 3, cell.allSatisfy({ $0 | 0x20 &- UInt8(ascii: "a") < 26 }) else {
            throw CellError(cell, "is not a currency code; expected three letters (ISO 4217), such as EUR")
        }
        return String(unsafeUninitializedCapacity: 3) { code in
            for index in 0..<3 { code[index] = cell[index] & ~0x20 }
            return 3
        }
    }

    /// The message for a required column left empty.
    func missing(_ column: CampaignColumn) -> CellError {
        switch column {
        case .platform: CellError(message: "missing; expected one of: \(platforms.list)")
        case .lineItem: CellError(message: "missing; every row needs an identifier, unique within the file")
        default: CellError(message: "missing; every row needs impressions or video_views")
        }
    }
}

/// The closed set of keys one column accepts, with the list its messages show.
private struct Vocabulary<Value: Sendable>: Sendable {
    let lookup: KeyLookup<Value>
    /// The keys, comma-separated, in the order given.
    let list: String
    private let noun: String

    init(keys: [String], values: [Value], noun: String) {
        self.lookup = KeyLookup(Array(zip(keys, values)), folding: .lowercaseKey)
        self.list = keys.joined(separator: ", ")
        self.noun = noun
    }

    /// The value of `cell`, or an error listing the known keys.
    func value(of cell: UnsafeRawBufferPointer) throws(CellError) -> Value {
        guard let value = lookup.value(for: cell) else {
            throw CellError(cell, "is not a known \(noun); expected one of: \(list)")
        }
        return value
    }
}

extension Vocabulary where Value == String {
    init(keys: [String], noun: String) {
        self.init(keys: keys, values: keys, noun: noun)
    }
}

extension Vocabulary where Value: RawRepresentable<String> & CaseIterable {
    init(_ cases: [Value], noun: String) {
        self.init(keys: cases.map(\.rawValue), values: cases, noun: noun)
    }
}

/// Each of `keys` with its position among them.
private func positionedKeys(_ keys: [String]) -> [VocabularyKey] {
    keys.enumerated().map { VocabularyKey($1, position: $0) }
}

private let semicolon = UInt8(ascii: ";")
private let colon = UInt8(ascii: ":")
