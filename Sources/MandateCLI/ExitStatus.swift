/// The exit codes every command uses.
enum ExitStatus {
    /// No error-level findings.
    static let clean: Int32 = 0
    /// Error-level findings, or any finding with `--strict`.
    static let findings: Int32 = 1
    /// The input could not be used: usage, configuration or model errors.
    static let unusableInput: Int32 = 2
}
