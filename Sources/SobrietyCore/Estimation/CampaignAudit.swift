/// What an audit produces: the report, and the lean plan's lines to write out as a campaign file.
public struct CampaignAudit: Sendable {
    /// The audit report.
    public var report: AuditReport
    /// The campaign with every recommendation applied, line by line; empty without per-line detail.
    public var leanPlanLines: [CampaignLine]
}
