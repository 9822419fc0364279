/// The positions of the thresholds the levers apply (`lever.*` in `Factors/levers.csv`), looked up once.
struct LeverFactors: Sendable {
    let ivtRate: Int
    let mfaRate: Int
    let viewabilityRate: Int
    let onTargetRate: Int
    let videoSeconds: Int
    let mixShiftShare: Int
    let mixIntensityRatio: Int
    /// `lever.video_max_bitrate` by device.
    let videoMaxBitrate: [DeviceKind: Int]
    /// `lever.creative_bytes` by format; formats without one get no creative-weight lever.
    let creativeBytes: [AdFormat: Int]

    /// Resolves every lever threshold.
    /// - Throws: ``FactorSetError`` naming each threshold the set lacks.
    init(_ set: FactorSet) throws {
        var lookup = FactorLookup(set)
        ivtRate = lookup.required(.leverIVTRate)
        mfaRate = lookup.required(.leverMFARate)
        viewabilityRate = lookup.required(.leverViewabilityRate)
        onTargetRate = lookup.required(.leverOnTargetRate)
        videoSeconds = lookup.required(.leverVideoSeconds)
        mixShiftShare = lookup.required(.leverMixShiftShare)
        mixIntensityRatio = lookup.required(.leverMixIntensityRatio)
        videoMaxBitrate = lookup.required(.leverVideoMaxBitrate, for: DeviceKind.allCases)
        creativeBytes = Dictionary(
            uniqueKeysWithValues: lookup.byDimension(.leverCreativeBytes).compactMap { dimension, index in
                AdFormat(rawValue: dimension).map { ($0, index) }
            }
        )
        try lookup.check()
    }
}

extension FactorKey {
    /// Invalid-traffic rate reached with pre-bid filtering on verified inventory, ratio.
    public static let leverIVTRate: FactorKey = "lever.ivt_rate"
    /// Made-for-advertising share left by an inclusion list, ratio.
    public static let leverMFARate: FactorKey = "lever.mfa_rate"
    /// Viewable rate reached with a pre-bid viewability floor, ratio.
    public static let leverViewabilityRate: FactorKey = "lever.viewability_rate"
    /// On-target rate of a refined audience, ratio.
    public static let leverOnTargetRate: FactorKey = "lever.on_target_rate"
    /// The largest bitrate worth delivering, kbit/s, by device.
    public static let leverVideoMaxBitrate: FactorKey = "lever.video_max_bitrate"
    /// Length of a cut-down creative, s.
    public static let leverVideoSeconds: FactorKey = "lever.video_seconds"
    /// Weight of a well-compressed static creative, bytes, by format.
    public static let leverCreativeBytes: FactorKey = "lever.creative_bytes"
    /// Share of a line's useful impressions a platform-mix move shifts, ratio.
    public static let leverMixShiftShare: FactorKey = "lever.mix_shift_share"
    /// Least ratio of grams per useful impression between donor and recipient for a mix move.
    public static let leverMixIntensityRatio: FactorKey = "lever.mix_intensity_ratio"
}
