/// A way to run a campaign leaner, in the order the lean planner applies them.
///
/// The order is part of the method: each lever is applied to what the previous ones left, so
/// savings never count the same gram twice. Levers that remove waste come first, in waterfall
/// order after frequency (capping first keeps every later cut from inflating the frequency
/// share); then the levers that make each remaining impression lighter; the mix moves last,
/// on lines already made lean.
public enum Lever: String, Sendable, Hashable, CaseIterable, Codable {
    /// Hold each person's exposures to the frequency cap.
    case frequencyCap = "frequency_cap"
    /// Filter invalid traffic before the bid, on verified inventory.
    case ivtFiltering = "ivt_filtering"
    /// Exclude made-for-advertising sites with an inclusion list.
    case mfaExclusion = "mfa_exclusion"
    /// Buy only impressions likely to be seen.
    case viewabilityFloor = "viewability_floor"
    /// Narrow the audience to the people the brief targets.
    case audienceRefinement = "audience_refinement"
    /// Buy open-exchange inventory through one supply path (a curated deal).
    case supplyPath = "supply_path"
    /// Deliver video at the resolution the screen can show.
    case videoBitrate = "video_bitrate"
    /// Cut long creatives down.
    case videoLength = "video_length"
    /// Compress static creatives.
    case creativeWeight = "creative_weight"
    /// Move useful impressions to the comparable line with the fewest grams per useful impression.
    case platformMix = "platform_mix"
}
