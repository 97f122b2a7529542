extension ChangeKind {
    /// The keys of a body entry (``MandateModel/ModelSchema/body``) whose difference this kind of change
    /// reports. Every key of the schema is reported by some kind, or named in ``matchingOnlyKeys``; a test
    /// holds the two to the schema.
    public var keys: [String] {
        switch self {
        case .merged, .split, .added, .removed: []
        case .started, .ended, .validityChanged: ["valid"]
        case .identifierChanged, .fileChanged: []
        case .renamed: ["name"]
        case .moved: ["reportsTo"]
        case .establishedByChanged: ["establishedBy"]
        case .anchoringChanged: ["anchoredIn"]
        case .commissioningChanged: ["commissionedBy"]
        case .escalationChanged: ["escalatesTo"]
        case .counterpartChanged: ["counterpart"]
        case .successorChanged: ["successor"]
        case .chairChanged, .holderChanged: ["chair", "coChairs"]
        case .secretariatChanged: ["secretariat"]
        case .memberAdded, .memberRemoved, .memberRecounted, .seatChanged: ["members"]
        case .adHocChanged: ["adHoc"]
        case .kindChanged: ["kind"]
        case .rootChanged: ["root", "external", "joint"]
        case .organisationChanged: ["organisation"]
        case .scheduleChanged: ["changes"]
        case .cadenceChanged: ["cadence"]
        case .lapsesChanged: ["lapses"]
        case .countChanged: ["count"]
        case .reviewChanged: ["review"]
        case .aliasesChanged: ["aliases"]
        case .formerNamesChanged: ["formerNames"]
        case .sourceChanged: ["source"]
        case .noteChanged: ["note"]
        }
    }

    /// Keys that only say which body of one version is which body of another (lineage), with the reason
    /// they are not compared as values: they match bodies, and a match is reported as a merge, a split or a
    /// new id instead.
    public static let matchingOnlyKeys: [String: String] = [
        "predecessors": "the bodies merged into it: they match bodies across versions, and the match shows as 'merged'",
        "formerly": "ids the body had in earlier versions: they match it across versions, and a new id shows as 'id-changed'",
    ]

    /// The kind that reports a difference in `key` where the key's values are compared as written (or, for
    /// references to bodies, by where their targets went): one kind per key.
    static let byValueKey: [String: ChangeKind] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0.keys.count == 1 && !comparedOwnWay.contains($0.keys[0]) }.map { ($0.keys[0], $0) })

    /// Keys that ``BodyComparison`` compares in a way of their own (a set of chairs, members with their
    /// seats, the standing flags, the validity and its plan, the kind's label) rather than by value.
    static let comparedOwnWay: Set<String> = [
        "valid", "chair", "coChairs", "members", "adHoc", "kind", "root", "external", "joint", "changes",
    ]
}
