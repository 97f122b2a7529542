/// Every built-in rule, in the order they are documented.
public enum RuleCatalogue {
    /// The rules that check a model.
    public static let rules: [any Rule.Type] = [
        SingleReportingLineRule.self,
        DefinedChairRule.self,
        ChairIsMemberRule.self,
        NoCyclicMandateRule.self,
        NoOrphanRule.self,
        DefinedSecretariatRule.self,
        AliveParentRule.self,
        SuccessorNamedRule.self,
        AdHocNotMemberRule.self,
        ReviewDueRule.self,
        SpanOfControlRule.self,
        ReportingDepthRule.self,
        UniqueNameRule.self,
    ]

    /// Every rule's description, the model rules first and then the rules about waivers.
    public static let descriptions: [RuleDescription] = rules.map { $0.description } + [WaiverRules.expired, WaiverRules.unused, WaiverRules.unknownBody]

    /// The description of the rule with this identifier.
    public static func description(of identifier: String) -> RuleDescription? {
        descriptions.first { $0.identifier == identifier }
    }
}
