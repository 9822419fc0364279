/// Byte arithmetic the data-transfer models share.
enum TransferUnits {
    /// Bytes in a GB (decimal, as in CO2.js).
    static let bytesPerGigabyte = 1e9

    /// The bytes a model counts: none below one byte, as CO2.js does.
    static func bytes(atLeastOne bytes: Double) -> Double {
        bytes < 1 ? 0 : bytes
    }

    /// The GB a model counts for `bytes`: none below one byte.
    static func gigabytes(ofAtLeastOneByte bytes: Double) -> Double {
        self.bytes(atLeastOne: bytes) / bytesPerGigabyte
    }
}
