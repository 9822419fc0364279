/// Activity summed per valuation key, in first-seen order: for each group, the total and each
/// waste cause's share, plain and weighted by the made-for-advertising share.
struct GroupedActivity: Sendable {
    /// Lanes kept per group: total and five causes, then the same weighted by the MFA share.
    static let lanesPerGroup = 2 * (1 + WasteCause.allCases.count)

    private(set) var keys: [ValuationKey] = []
    private var indexByKey: [ValuationKey: Int] = [:]
    private var lanes: [ActivityLanes] = []

    /// Adds a line's activity to its group and returns the group's position.
    mutating func add(_ line: ResolvedLine) -> Int {
        let group = position(of: line.key)
        let base = group * Self.lanesPerGroup
        let half = Self.lanesPerGroup / 2
        let impressions = line.impressions
        let mfaShare = line.madeForAdvertisingShare
        lanes.withUnsafeMutableBufferPointer { buffer in
            buffer[base] += line.activity
            buffer[base + half] += mfaShare * line.activity
            guard impressions > 0 else { return }
            for cause in WasteCause.allCases.indices where line.waste.wasted[cause] > 0 {
                let share = line.waste.wasted[cause] / impressions
                buffer[base + 1 + cause] += share * line.activity
                buffer[base + half + 1 + cause] += share * mfaShare * line.activity
            }
        }
        return group
    }

    /// Adds the activity of `later`'s groups; its new keys follow these ones, in its order.
    mutating func merge(_ later: GroupedActivity) {
        for (laterGroup, key) in later.keys.enumerated() {
            let base = position(of: key) * Self.lanesPerGroup
            let laterBase = laterGroup * Self.lanesPerGroup
            for lane in 0..<Self.lanesPerGroup { lanes[base + lane] += later.lanes[laterBase + lane] }
        }
    }

    /// The position of the group of `key`, added empty when it is new.
    private mutating func position(of key: ValuationKey) -> Int {
        if let existing = indexByKey[key] { return existing }
        let group = keys.count
        indexByKey[key] = group
        keys.append(key)
        lanes.append(contentsOf: repeatElement(ActivityLanes(), count: Self.lanesPerGroup))
        return group
    }

    /// A group's summed activity.
    func activity(of group: Int) -> GroupActivity {
        let base = group * Self.lanesPerGroup
        return GroupActivity(lanes: Array(lanes[base..<(base + Self.lanesPerGroup)]))
    }
}

/// One group's summed activity: see ``GroupedActivity``.
struct GroupActivity {
    let lanes: [ActivityLanes]

    var total: ActivityLanes { lanes[0] }
    var totalMadeForAdvertising: ActivityLanes { lanes[lanes.count / 2] }
    func cause(_ index: Int) -> ActivityLanes { lanes[1 + index] }
    func causeMadeForAdvertising(_ index: Int) -> ActivityLanes { lanes[lanes.count / 2 + 1 + index] }
}

/// A campaign's activity and impressions summed over its lines: what the valuation needs, for the
/// whole audit or for one budget scope.
struct CampaignSums: Sendable {
    private(set) var groups = GroupedActivity()
    /// Wasted impressions by cause, in lanes 0–4.
    private(set) var wasteImpressions = SIMD8<Double>()
    private(set) var usefulImpressions = 0.0
    private(set) var lineCount = 0

    /// Adds a resolved line and returns the position of its group.
    mutating func add(_ line: ResolvedLine) -> Int {
        lineCount += 1
        wasteImpressions += line.waste.wasted
        usefulImpressions += line.waste.usefulImpressions
        return groups.add(line)
    }

    /// Adds the sums of lines read after these ones.
    mutating func merge(_ later: CampaignSums) {
        groups.merge(later.groups)
        wasteImpressions += later.wasteImpressions
        usefulImpressions += later.usefulImpressions
        lineCount += later.lineCount
    }

    /// Wasted impressions by cause, in ``WasteCause/allCases`` order.
    var wasteByCause: [Double] {
        WasteCause.allCases.map { wasteImpressions[$0.position] }
    }
}
