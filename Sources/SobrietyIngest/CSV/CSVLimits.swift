/// The most one record may hold; going over a limit is an error, never an allocation.
struct CSVLimits: Sendable {
    /// Bytes in one field: 1 MiB.
    var maximumFieldBytes = 1 << 20
    /// Bytes in one record, separators and quotes included: 8 MiB.
    var maximumRecordBytes = 8 << 20
    /// Fields in one record.
    var maximumFieldCount = 16_384

    /// The limits the campaign reader uses.
    static let standard = CSVLimits()
}
