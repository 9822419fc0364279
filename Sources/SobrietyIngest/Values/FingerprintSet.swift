/// A set of 64-bit fingerprints (hashes that are already well mixed): open addressing, linear
/// probing, 8 bytes a slot, at most half full.
///
/// Fingerprints 0 and 1 count as the same one, since 0 marks an empty slot.
struct FingerprintSet {
    private var slots: [UInt64]
    private var count = 0

    /// Creates an empty set with room for `minimumCapacity` fingerprints before it grows.
    init(minimumCapacity: Int = 512) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
    }

    /// Adds `fingerprint`; `false` when it was already there.
    @discardableResult
    mutating func insert(_ fingerprint: UInt64) -> Bool {
        var isNew = true
        insert(contentsOf: CollectionOfOne(fingerprint)) { _ in isNew = false }
        return isNew
    }

    /// Adds every fingerprint of `batch`, calling `alreadyPresent` for each one that was there.
    ///
    /// Inserting a batch in one loop lets the processor wait for several slots' cache lines at once.
    mutating func insert(
        contentsOf batch: some Collection<UInt64>,
        alreadyPresent: (UInt64) -> Void
    ) {
        while (count + batch.count) * 2 > slots.count { grow() }
        let inserted = slots.withUnsafeMutableBufferPointer { slots in
            var inserted = 0
            for fingerprint in batch {
                if Self.insert(max(fingerprint, 1), into: slots) {
                    inserted += 1
                } else {
                    alreadyPresent(fingerprint)
                }
            }
            return inserted
        }
        count += inserted
    }

    /// Whether `fingerprint` is in the set.
    func contains(_ fingerprint: UInt64) -> Bool {
        let value = max(fingerprint, 1)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: value) & mask
        while slots[index] != 0 {
            if slots[index] == value { return true }
            index = (index + 1) & mask
        }
        return false
    }

    /// The fingerprints in the set, in no particular order.
    var fingerprints: some Sequence<UInt64> { slots.lazy.filter { $0 != 0 } }

    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        grown.withUnsafeMutableBufferPointer { grown in
            for value in slots where value != 0 { _ = Self.insert(value, into: grown) }
        }
        slots = grown
    }

    /// Puts a non-zero `value` in the first free slot of its probe sequence; `false` when it is there already.
    private static func insert(_ value: UInt64, into slots: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: value) & mask
        while slots[index] != 0 {
            if slots[index] == value { return false }
            index = (index + 1) & mask
        }
        slots[index] = value
        return true
    }
}
