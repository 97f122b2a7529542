extension ModelWords {
    /// English: the file format's own words for kinds, as written in a model.
    public static let english = ModelWords(
        kind: { $0.rawValue },
        seat: { seat in
            switch seat {
            case .viceChair: "vice-chair"
            case .rankingMember: "ranking member"
            case .exOfficio: "ex officio"
            case .observer: "observer"
            case .secretary: "secretary"
            case .deputy: "deputy"
            }
        },
        period: { period in
            switch (period.from, period.until) {
            case (nil, nil): nil
            case (let from?, nil): "from \(from)"
            case (nil, let until?): "until \(until)"
            case (let from?, let until?): "\(from) to \(until)"
            }
        },
        cadence: { $0 },
        always: "always", and: "and", none: "none")
}
