/// Remembers which `line_item` values a file has used, as 64-bit hashes, to find repeats in little memory.
///
/// A hash seen twice makes its line items suspects; only a second look at their actual text
/// (``CampaignReader`` re-reads the file for them) tells a repeat from a hash collision.
struct LineItemRegistry {
    /// The hash of a line item's bytes; the same bytes always give the same hash within one run.
    typealias Hash = @Sendable (UnsafeRawBufferPointer) -> UInt64

    /// The line items whose hashes were seen more than once.
    struct Suspects {
        fileprivate let hash: Hash
        fileprivate let hashes: FingerprintSet

        /// Whether `lineItem` hashes like a line item seen twice.
        func contains(_ lineItem: UnsafeRawBufferPointer) -> Bool {
            hashes.contains(hash(lineItem))
        }
    }

    private let hash: Hash
    private var seen = FingerprintSet(minimumCapacity: 1 << 16)
    private var repeated = FingerprintSet()
    private var hasRepeats = false
    /// Hashes waiting to go into `seen` together.
    private var pending: [UInt64] = []

    /// Creates an empty registry that hashes with `hash`.
    init(hash: @escaping Hash = Self.standardHash) {
        self.hash = hash
        pending.reserveCapacity(Self.batchSize)
    }

    /// Records one line item.
    mutating func insert(_ lineItem: UnsafeRawBufferPointer) {
        pending.append(hash(lineItem))
        if pending.count == Self.batchSize { flush() }
    }

    /// Ends the file: the suspects, or `nil` when every hash was seen once.
    mutating func finish() -> Suspects? {
        flush()
        return hasRepeats ? Suspects(hash: hash, hashes: repeated) : nil
    }

    /// Ends a file read in two parts, this registry holding the first: the suspects of the whole file,
    /// or `nil` when every hash was seen once.
    ///
    /// The hashes `later` saw are looked up here, not inserted: a hash either part saw twice, or
    /// both parts saw, is a suspect.
    mutating func finish(with later: consuming LineItemRegistry) -> Suspects? {
        later.flush()
        flush()
        for fingerprint in later.seen.fingerprints where seen.contains(fingerprint) {
            repeated.insert(fingerprint)
            hasRepeats = true
        }
        if later.hasRepeats {
            hasRepeats = true
            for fingerprint in later.repeated.fingerprints { repeated.insert(fingerprint) }
        }
        return finish()
    }

    /// Inserts the hashes waiting in the batch.
    ///
    /// A split read calls it as each part ends, while the part alone holds its registry: finishing
    /// a registry with no pending hash writes nothing to its set, where a write would copy a set
    /// that another value still holds.
    mutating func flush() {
        guard !pending.isEmpty else { return }
        seen.insert(contentsOf: pending) { hash in
            repeated.insert(hash)
            hasRepeats = true
        }
        pending.removeAll(keepingCapacity: true)
    }

    private static let batchSize = 256

    /// ``ByteHash`` with the run's random seed.
    static let standardHash: Hash = { ByteHash.hash($0, seed: ByteHash.runSeed) }
}
