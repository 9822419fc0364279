import GRDB
import SobrietyCore

/// Runs every ``FactorStoreCheck`` on a store's database.
struct FactorStoreVerifier {
    /// How far from 1 a platform's device shares may sum, to allow for decimal fractions in binary.
    static let shareSumTolerance = 1e-9
    /// Separates the platform from the device in a `platform.device_share` dimension (`tiktok/mobile`).
    static let dimensionSeparator: Character = "/"

    /// The store's path or name, for errors.
    var store: String

    /// Checks the database and its content.
    ///
    /// - Parameter db: A connection to the store.
    /// - Returns: Every check with the problems it found.
    /// - Throws: A ``FactorStoreError`` or GRDB error when the content cannot be read at all.
    func verify(_ db: Database) throws -> FactorStoreVerification {
        let integrity = try IntegrityCheck.problems(db)
        let schema = try SchemaVersion.of(db)
        guard schema == .current else {
            return FactorStoreVerification(outcomes: [
                .init(check: .integrity, problems: integrity),
                .init(check: .schemaVersion, problems: [schema.error(path: store)?.description ?? ""]),
            ])
        }
        let stored = try StoredFactorSet.read(db, store: store)
        let set = stored.factorSet
        let problems: [FactorStoreCheck: [String]] = [
            .integrity: integrity,
            .schemaVersion: [],
            .digest: digestProblems(stored),
            .factorSources: sourceProblems(set),
            .factorRanges: rangeProblems(set),
            .platformDeviceShares: deviceShareProblems(set),
            .platformWatchTime: watchTimeProblems(set),
        ]
        return FactorStoreVerification(
            outcomes: FactorStoreCheck.allCases.map { .init(check: $0, problems: problems[$0] ?? []) }
        )
    }

    private func digestProblems(_ stored: StoredFactorSet) -> [String] {
        guard !stored.isDigestConsistent else { return [] }
        return [
            "recorded SHA-256 \(stored.recordedIdentity.sha256) differs from the content's "
                + stored.factorSet.identity.sha256
        ]
    }

    private func sourceProblems(_ set: FactorSet) -> [String] {
        let factors = set.factors.filter { set.sources[$0.source] == nil }.map {
            "factor \($0.id) cites source '\($0.source)', which is not in sources"
        }
        let platforms = set.platforms.values.sorted { $0.key < $1.key }.filter { set.sources[$0.source] == nil }.map {
            "platform \($0.key) cites source '\($0.source)', which is not in sources"
        }
        return factors + platforms
    }

    private func rangeProblems(_ set: FactorSet) -> [String] {
        set.factors.filter { !$0.isRangeConsistent }.map {
            "factor \($0.id): expected finite values with low <= value <= high, found low \($0.low), "
                + "value \($0.value), high \($0.high)"
        }
    }

    private func deviceShareProblems(_ set: FactorSet) -> [String] {
        var sharesByPlatform: [String: [(device: String, share: Double)]] = [:]
        var problems: [String] = []
        for dimension in set.dimensions(of: .platformDeviceShare) {
            let parts = dimension.split(separator: Self.dimensionSeparator, omittingEmptySubsequences: false)
            guard parts.count == 2, let value = set.factor(.platformDeviceShare, dimension)?.value else {
                problems.append("\(FactorKey.platformDeviceShare)[\(dimension)]: expected a platform/device dimension")
                continue
            }
            let (platform, device) = (String(parts[0]), String(parts[1]))
            if set.platforms[platform] == nil {
                problems.append("\(FactorKey.platformDeviceShare)[\(dimension)]: platform '\(platform)' is unknown")
            }
            if DeviceKind(rawValue: device) == nil {
                let devices = DeviceKind.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(
                    "\(FactorKey.platformDeviceShare)[\(dimension)]: expected a device among \(devices), found '\(device)'"
                )
            }
            sharesByPlatform[platform, default: []].append((device, value))
        }
        for platform in set.platformKeys {
            guard let shares = sharesByPlatform[platform] else {
                problems.append("platform \(platform) has no \(FactorKey.platformDeviceShare) rows")
                continue
            }
            let sum = shares.map(\.share).reduce(0, +)
            if abs(sum - 1) > Self.shareSumTolerance {
                problems.append("platform \(platform): device shares sum to \(sum), expected 1")
            }
        }
        return problems
    }

    private func watchTimeProblems(_ set: FactorSet) -> [String] {
        set.platformKeys.filter { set.factor(.videoWatchSeconds, $0) == nil }.map {
            "platform \($0) has no \(FactorKey.videoWatchSeconds) row (dimension \($0))"
        }
    }
}
