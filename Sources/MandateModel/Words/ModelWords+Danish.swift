extension ModelWords {
    /// Danish: the words of the terms of reference themselves (styregruppe, næstformand, til og med).
    public static let danish = ModelWords(
        kind: { kind in
            switch kind {
            case .political: "politisk organ"
            case .executive: "direktion"
            case .steeringGroup: "styregruppe"
            case .forum: "forum"
            case .committee: "udvalg"
            case .council: "råd"
            case .workingGroup: "arbejdsgruppe"
            case .cluster: "klynge"
            case .alliance: "alliance"
            }
        },
        seat: { seat in
            switch seat {
            case .viceChair: "næstformand"
            case .rankingMember: "ordfører"
            case .exOfficio: "født medlem"
            case .observer: "observatør"
            case .secretary: "sekretær"
            case .deputy: "suppleant"
            }
        },
        period: { period in
            switch (period.from, period.until) {
            case (nil, nil): nil
            case (let from?, nil): "fra \(from)"
            case (nil, let until?): "til og med \(until)"
            case (let from?, let until?): "\(from) til \(until)"
            }
        },
        cadence: { cadence in
            switch cadence {
            case "weekly": "ugentlig"
            case "monthly": "månedlig"
            case "quarterly": "kvartalsvis"
            case "yearly": "årlig"
            case "ad-hoc": "ad hoc"
            default: cadence
            }
        },
        always: "altid", and: "og", none: "ingen")
}
