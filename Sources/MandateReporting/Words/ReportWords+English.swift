import MandateModel

extension ReportWords {
    /// English.
    package static let english = ReportWords(
        model: .english,
        severity: { $0.rawValue },
        counts: { errors, warnings, info, waived in
            [count(errors, "error", "errors"), count(warnings, "warning", "warnings"), "\(info) info"].joined(separator: ", ")
                + (waived > 0 ? " (\(waived) waived)" : "")
        },
        checkedAt: { date, source in
            let why = switch source {
            case .given: "the date asked for"
            case .model: "the model's date"
            case .today: "today"
            }
            return "checked at \(date), \(why)"
        },
        baseline: { outcome, entries in
            "\(outcome.file): \(count(outcome.heldBack, "known finding", "known findings")) held back"
                + (entries.isEmpty ? "" : "; \(entries.count) of its entries match no finding (fixed, or changed): " + entries.joined(separator: "; "))
        },
        skipped: { files in
            "\(count(files.count, "file", "files")) passed by, not models (no 'mandate:'): " + files.joined(separator: ", ")
        },
        owner: { "owner: \($0)" },
        ownerLine: { owner, files, errors, warnings, info in
            "\(owner ?? "(no owner)"): \(count(errors, "error", "errors")), \(count(warnings, "warning", "warnings")), \(info) info"
                + " in \(count(files.count, "file", "files")): " + files.joined(separator: ", ")
        },
        span: { period in
            switch (period.from, period.until) {
            case (nil, nil): "throughout"
            case (let from?, nil): "\(from) –"
            case (nil, let until?): "– \(until)"
            case (let from?, let until?): from == until ? "\(from)" : "\(from) – \(until)"
            }
        },
        changeDates: { dates in
            guard let first = dates.first, let last = dates.last else { return "nothing changes on any date" }
            return dates.count == 1 ? "changes on 1 date, \(first)" : "changes on \(dates.count) dates, \(first) to \(last)"
        },
        timelineCounts: { errors, warnings, info, gaps in
            [count(errors, "error", "errors"), count(warnings, "warning", "warnings"), "\(info) info",
             count(gaps, "gap", "gaps") + " in continuity"].joined(separator: ", ")
        },
        couldNotBeUsed: "Could not be used", problemColumns: ["location", "problem", "what to do"],
        findingColumns: ["severity", "location", "rule", "finding"], when: "when", dates: "Dates", gap: "gap",
        gapsInContinuity: "Gaps in continuity",
        comparing: { before, beforeDate, after, afterDate in "Comparing \(before) (checked at \(beforeDate)) with \(after) (checked at \(afterDate))" },
        marks: "Marks: + added  - removed  ~ changed  → reporting line moved  ⊕ merged  ⊘ split",
        noChanges: "No changes.", warnings: "Warnings", hint: "hint",
        introduces: "Findings the change introduces", resolves: "Findings the change resolves",
        gapsLeft: "Gaps in continuity the change leaves", gapsClosed: "Gaps in continuity the change closes",
        diffSummary: { counts, other, introduced, resolved, gaps in
            let names = ["merged", "split", "added", "removed", "started", "ended", "renamed", "moved"]
            return (zip(counts, names).map { "\($0) \($1)" } + ["\(other) other \(other == 1 ? "change" : "changes")"]).joined(separator: ", ")
                + "; findings: \(introduced) introduced, \(resolved) resolved"
                + (gaps.map { "; gaps in continuity: \($0.0) left, \($0.1) closed" } ?? "")
        })
}
