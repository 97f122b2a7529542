extension AnalysisWords {
    /// Danish.
    package static let danish = AnalysisWords(
        model: .danish,
        seatsTitle: { "Hvem sidder hvor pr. \($0)" },
        seatColumns: ["rolle", "indehaver", "pladser", "møder om året", "ad hoc"],
        seatKind: { kind in
            switch kind {
            case .chair: "formand"
            case .coChair: "medformand"
            case .member: "medlem"
            }
        },
        withoutCadence: { count in
            "\(count) \(count == 1 ? "organ" : "organer") med pladser har ingen mødekadence, der giver et antal møder (ingen, ad hoc eller fri tekst); de tæller 0"
        },
        noSeats: "Ingen rolle har en plads i et organ, der findes på datoen.",
        overlapTitle: { "Organer med næsten de samme medlemmer (mindst \($0) %)" },
        noOverlap: { comparable, minimum in
            comparable < 2
                ? "Færre end to organer, der findes på datoen, har to eller flere medlemmer angivet, så der er intet at sammenligne."
                : "Ingen af de \(comparable) organer med to eller flere medlemmer deler mindst \(minimum) % af sine medlemmer med et andet."
        },
        overlapColumns: ["organer", "lighed", "fælles medlemmer", "nærmeste fælles overordnede"],
        noParent: "ingen",
        cutOffTitle: "Afskåret af ændringen: når ikke længere en rod",
        noneCutOff: "Intet organ afskæres af ændringen."
    )
}
