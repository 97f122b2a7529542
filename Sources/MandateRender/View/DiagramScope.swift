/// Which relations a diagram shows.
public enum DiagramScope: String, Sendable, CaseIterable {
    /// Every relation: reporting, set up by, anchoring, secretariats, commissioning, escalation, counterparts, successors.
    case full
    /// Reporting lines only (and political anchoring where a body has no reporting line): an organisation chart.
    case reporting
}
