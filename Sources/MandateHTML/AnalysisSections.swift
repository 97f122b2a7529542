import MandateAnalysis
import MandateModel
import MandateReporting

/// The report's sections of the analyses: who sits where, and which bodies have nearly the same members.
enum AnalysisSections {
    /// The seats table and the overlap section of `model` on `date`, in `language`; holders only where the model
    /// names them (the report leaves them out of a model loaded without them).
    static func html(_ model: Model, date: Day, language: ModelLanguage) -> String {
        let words = AnalysisWords.of(language)
        let seats = SeatsAnalysis(model, at: date)
        var out = "<section class=\"seats\">\n<h3>\(XMLText.escape(words.seatsTitle(date)))</h3>\n"
        if seats.roles.isEmpty {
            out += "<p>\(XMLText.escape(words.noSeats))</p>\n"
        } else {
            out += "<table>\n<tr>" + words.seatColumns.map { "<th>\(XMLText.escape($0))</th>" }.joined() + "</tr>\n"
            for role in seats.roles {
                let bodies = role.seats.map { seat in
                    "<a href=\"#card-\(XMLText.escape(seat.body.rawValue))\">\(XMLText.escape(model.displayName(of: .body(seat.body))))</a> (\(XMLText.escape(words.seat(seat))))"
                }
                let adHoc = role.adHoc.map { XMLText.escape(model.displayName(of: .body($0))) }
                out += "<tr><td>\(XMLText.escape(role.title))</td><td>\(XMLText.escape(role.holder ?? ""))</td><td>\(bodies.joined(separator: "<br>"))</td>"
                    + "<td>\(role.meetingsPerYear)</td><td>\(adHoc.joined(separator: "<br>"))</td></tr>\n"
            }
            out += "</table>\n"
            if seats.bodiesWithoutCadence > 0 { out += "<p class=\"meta\">\(XMLText.escape(words.withoutCadence(seats.bodiesWithoutCadence)))</p>\n" }
        }
        let overlap = OverlapAnalysis(model, at: date)
        let minimum = Int((overlap.minimum * 100).rounded())
        out += "</section>\n<section class=\"overlap\">\n<h3>\(XMLText.escape(words.overlapTitle(minimum)))</h3>\n"
        guard !overlap.pairs.isEmpty else { return out + "<p>\(XMLText.escape(words.noOverlap(overlap.comparable, minimum)))</p>\n</section>\n" }
        out += "<table>\n<tr>" + words.overlapColumns.map { "<th>\(XMLText.escape($0))</th>" }.joined() + "</tr>\n"
        for pair in overlap.pairs {
            let bodies = pair.bodies.map { "<a href=\"#card-\(XMLText.escape($0.rawValue))\">\(XMLText.escape(model.displayName(of: .body($0))))</a>" }
            let shared = pair.shared.map { XMLText.escape(model.displayName(of: .role($0))) }
            out += "<tr><td>\(bodies.joined(separator: " + "))</td><td>\(AnalysisWords.percent(pair.jaccard))</td><td>\(shared.joined(separator: "<br>"))</td>"
                + "<td>\(XMLText.escape(pair.commonParent.map { model.displayName(of: .body($0)) } ?? words.noParent))</td></tr>\n"
        }
        return out + "</table>\n</section>\n"
    }
}
