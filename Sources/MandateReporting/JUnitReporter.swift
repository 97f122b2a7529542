import MandateRules

/// Writes JUnit XML, which most CI systems show as a test report: a test suite per model with a test case
/// per rule, failed as the exit status fails: when the rule found an error, or with `strict` any finding (the
/// failure lists the findings; a case that passes with warnings lists them as its output); a model that could
/// not be loaded is a suite whose one case, `load`, is in error.
package enum JUnitReporter {
    /// The run as JUnit XML, ending with a newline.
    public static func write(_ run: CheckRun, strict: Bool = false) -> String {
        let rules = run.rules.map(\.identifier)
        var suites: [String] = []
        var tests = 0
        var failures = 0
        var errors = 0
        for report in run.reports {
            let language = run.language(of: report)
            let byRule = Dictionary(grouping: report.findings, by: \.rule)
            var cases: [String] = []
            for rule in rules + byRule.keys.filter({ !rules.contains($0) }).sorted() {
                let attributes = "name=\"\(XMLText.escape(rule))\" classname=\"\(XMLText.escape(report.model))\" file=\"\(XMLText.escape(report.file))\""
                guard let findings = byRule[rule] else {
                    cases.append("    <testcase \(attributes)/>")
                    continue
                }
                let worst = Severity.allCases.first { severity in findings.contains { $0.severity == severity } } ?? .info
                let lines = findings.map { "\($0.location): \($0.severity.rawValue): \($0.message(in: language))" }.joined(separator: "\n")
                guard strict || worst == .error else {
                    cases.append("    <testcase \(attributes)>\n      <system-out>\(XMLText.escape(lines))</system-out>\n    </testcase>")
                    continue
                }
                cases.append("    <testcase \(attributes)>\n      <failure type=\"\(worst.rawValue)\" message=\"\(findings.count) finding"
                             + "\(findings.count == 1 ? "" : "s")\">\(XMLText.escape(lines))</failure>\n    </testcase>")
            }
            let failed = cases.filter { $0.contains("<failure") }.count
            tests += cases.count
            failures += failed
            suites.append("  <testsuite name=\"\(XMLText.escape(report.model))\" file=\"\(XMLText.escape(report.file))\" tests=\"\(cases.count)\" "
                          + "failures=\"\(failed)\" errors=\"0\" skipped=\"0\">\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        for (file, problems) in Dictionary(grouping: run.problems, by: \.location.file).sorted(by: { $0.key < $1.key }) {
            let lines = problems.map(\.description).joined(separator: "\n")
            let kind = problems[0].kind.rawValue
            tests += 1
            errors += 1
            suites.append("  <testsuite name=\"\(XMLText.escape(file))\" file=\"\(XMLText.escape(file))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                          + "    <testcase name=\"load\" classname=\"\(XMLText.escape(file))\" file=\"\(XMLText.escape(file))\">\n"
                          + "      <error type=\"\(kind)\" message=\"\(XMLText.escape(problems[0].message))\">\(XMLText.escape(lines))</error>\n"
                          + "    </testcase>\n  </testsuite>")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"mandate \(ToolVersion.current)\" tests=\"\(tests)\" "
            + "failures=\"\(failures)\" errors=\"\(errors)\">\n" + suites.map { $0 + "\n" }.joined() + "</testsuites>\n"
    }
}
