/// Mandate's version, in one place: `mandate --version`, SARIF's `driver.version` and the `version` of the
/// JSON report all read it.
package enum ToolVersion {
    public static let current = "0.2.0"
}
