/// What a configuration says of one rule: whether it runs, at what severity, with what option values.
package struct RuleSetting: Hashable, Sendable {
    /// `false` switches the rule off; `nil` keeps the default (on).
    public var isEnabled: Bool?
    /// A severity to use instead of the rule's default.
    public var severity: Severity?
    /// Values for the rule's options, by name.
    public var options: [String: Int]

    /// Creates a setting.
    public init(isEnabled: Bool? = nil, severity: Severity? = nil, options: [String: Int] = [:]) {
        self.isEnabled = isEnabled
        self.severity = severity
        self.options = options
    }
}
