import MandateModel

extension ReportWords {
    /// Danish.
    package static let danish = ReportWords(
        model: .danish,
        severity: { severity in
            switch severity {
            case .error: "fejl"
            case .warning: "advarsel"
            case .info: "info"
            }
        },
        counts: { errors, warnings, info, waived in
            [count(errors, "fejl", "fejl"), count(warnings, "advarsel", "advarsler"), "\(info) info"].joined(separator: ", ")
                + (waived > 0 ? " (\(waived) med dispensation)" : "")
        },
        checkedAt: { date, source in
            let why = switch source {
            case .given: "den ønskede dato"
            case .model: "modellens dato"
            case .today: "i dag"
            }
            return "kontrolleret pr. \(date), \(why)"
        },
        baseline: { outcome, entries in
            "\(outcome.file): \(count(outcome.heldBack, "kendt fund", "kendte fund")) holdt tilbage"
                + (entries.isEmpty ? "" : "; \(entries.count) af dens poster svarer ikke til noget fund (rettet eller ændret): " + entries.joined(separator: "; "))
        },
        skipped: { files in
            "\(count(files.count, "fil", "filer")) sprunget over, ikke modeller (ingen 'mandate:'): " + files.joined(separator: ", ")
        },
        owner: { "ejer: \($0)" },
        ownerLine: { owner, files, errors, warnings, info in
            "\(owner ?? "(ingen ejer)"): \(count(errors, "fejl", "fejl")), \(count(warnings, "advarsel", "advarsler")), \(info) info"
                + " i \(count(files.count, "fil", "filer")): " + files.joined(separator: ", ")
        },
        span: { period in
            switch (period.from, period.until) {
            case (nil, nil): "hele tiden"
            case (let from?, nil): "\(from) –"
            case (nil, let until?): "– \(until)"
            case (let from?, let until?): from == until ? "\(from)" : "\(from) – \(until)"
            }
        },
        changeDates: { dates in
            guard let first = dates.first, let last = dates.last else { return "intet ændres på nogen dato" }
            return dates.count == 1 ? "ændres på 1 dato, \(first)" : "ændres på \(dates.count) datoer, \(first) til \(last)"
        },
        timelineCounts: { errors, warnings, info, gaps in
            [count(errors, "fejl", "fejl"), count(warnings, "advarsel", "advarsler"), "\(info) info",
             count(gaps, "brud", "brud") + " i kontinuiteten"].joined(separator: ", ")
        },
        couldNotBeUsed: "Kunne ikke bruges", problemColumns: ["sted", "problem", "hvad der skal gøres"],
        findingColumns: ["alvor", "sted", "regel", "fund"], when: "hvornår", dates: "Datoer", gap: "brud",
        gapsInContinuity: "Brud i kontinuiteten",
        comparing: { before, beforeDate, after, afterDate in
            "Sammenligner \(before) (kontrolleret pr. \(beforeDate)) med \(after) (kontrolleret pr. \(afterDate))"
        },
        marks: "Tegn: + tilføjet  - fjernet  ~ ændret  → referencelinje flyttet  ⊕ lagt sammen  ⊘ delt",
        noChanges: "Ingen ændringer.", warnings: "Advarsler", hint: "råd",
        introduces: "Fund, som ændringen giver", resolves: "Fund, som ændringen løser",
        gapsLeft: "Brud i kontinuiteten, som ændringen efterlader", gapsClosed: "Brud i kontinuiteten, som ændringen lukker",
        diffSummary: { counts, other, introduced, resolved, gaps in
            let names = ["lagt sammen", "delt", "tilføjet", "fjernet", "begyndt", "ophørt", "omdøbt", "flyttet"]
            return (zip(counts, names).map { "\($0) \($1)" } + ["\(other) \(other == 1 ? "anden ændring" : "andre ændringer")"]).joined(separator: ", ")
                + "; fund: \(introduced) nye, \(resolved) løst"
                + (gaps.map { "; brud i kontinuiteten: \($0.0) efterladt, \($0.1) lukket" } ?? "")
        })
}
