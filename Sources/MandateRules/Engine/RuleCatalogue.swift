/// Every built-in rule, in the order they are documented; ``RuleRegistry/standard`` is the public way in.
package enum RuleCatalogue {
    /// The rules that check a model.
    package static let rules: [any Rule.Type] = [
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
}
