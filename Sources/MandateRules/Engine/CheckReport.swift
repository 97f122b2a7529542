import MandateModel

/// The result of checking one model: the findings that stand, and those that waivers accepted.
public struct CheckReport: Hashable, Sendable {
    /// The model's id.
    public let model: String
    /// The model file, as the user named it.
    public let file: String
    /// The date of evaluation.
    public let date: Day
    public let dateSource: DateSource
    /// The findings, in file order.
    public let findings: [Finding]
    /// Findings that a waiver accepts, in file order.
    public let waived: [Finding]
    /// Why each waived finding is accepted: its waiver's reason.
    public let waiverReasons: [Finding: String]
    /// The language the model asks for (`language:`, English where it names none): the default of every report of it.
    public let language: ModelLanguage
    /// The owner of each file that has one (`owner:`), by the file as locations name it.
    public let owners: [String: String]

    /// Creates a report.
    public init(model: String, file: String, date: Day, dateSource: DateSource, findings: [Finding], waived: [Finding],
                waiverReasons: [Finding: String] = [:], language: ModelLanguage = .en, owners: [String: String] = [:]) {
        self.language = language
        self.owners = owners
        self.model = model
        self.file = file
        self.date = date
        self.dateSource = dateSource
        self.findings = findings
        self.waived = waived
        self.waiverReasons = waiverReasons
    }

    /// Who keeps the file a finding is in, where its file names an owner.
    public func owner(of finding: Finding) -> String? {
        owners.isEmpty ? nil : owners[finding.location.file]
    }

    /// The same report with only the findings (and waived findings) `isShown` keeps.
    public func keeping(_ isShown: (Finding) -> Bool) -> CheckReport {
        CheckReport(model: model, file: file, date: date, dateSource: dateSource, findings: findings.filter(isShown),
                    waived: waived.filter(isShown), waiverReasons: waiverReasons, language: language, owners: owners)
    }

    /// How many findings there are at a severity.
    public func count(_ severity: Severity) -> Int {
        findings.lazy.filter { $0.severity == severity }.count
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}
