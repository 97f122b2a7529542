import MandateModel

/// Who sits where at a date: for every role, the bodies alive then (outside ones left out) in which it is chair,
/// co-chair or permanent member, ad hoc invitations apart, and the meetings a year that costs it, from each
/// body's cadence. Sorted by load: most meetings first, then most seats, then by id.
public struct SeatsAnalysis: Sendable {
    /// The roles with at least one seat or invitation.
    public let roles: [RoleSeats]
    /// Bodies with a seat whose cadence gives no count of meetings (none written, ad hoc, or free text).
    public let bodiesWithoutCadence: Int
    public let date: Day

    /// Meetings a year for the cadences that say how often: weekly 52, monthly 12, quarterly 4, yearly 1.
    public static func meetingsPerYear(cadence: String?) -> Int? {
        switch cadence {
        case "weekly": 52
        case "monthly": 12
        case "quarterly": 4
        case "yearly": 1
        default: nil
        }
    }

    /// The seats of `model` as it stands on `date`.
    public init(_ model: Model, at date: Day) {
        let model = model.on(date)
        self.date = date
        var seats: [RoleID: [SeatHeld]] = [:]
        var adHoc: [RoleID: [BodyID]] = [:]
        var withoutCadence = Set<BodyID>()
        for body in model.bodies where body.isActive(on: date) && !body.isExternal {
            let meetings = Self.meetingsPerYear(cadence: body.cadence)
            var held: [RoleID: SeatHeld] = [:]
            var order: [RoleID] = []
            func sit(_ role: RoleID, _ kind: SeatHeld.Kind, seat: Seat? = nil, title: String? = nil) {
                guard held[role] == nil else { return }
                held[role] = SeatHeld(body: body.id, kind: kind, seat: seat, title: title, meetingsPerYear: meetings ?? 0)
                order.append(role)
            }
            if let chair = body.chair { sit(chair.value, .chair) }
            for coChair in body.coChairs { sit(coChair.value, .coChair) }
            for member in body.members { sit(member.role.value, .member, seat: member.seat, title: member.title) }
            for role in order { seats[role, default: []].append(held[role]!) }
            for case .role(let role) in body.adHoc.map(\.value) { adHoc[role, default: []].append(body.id) }
            if !order.isEmpty, meetings == nil { withoutCadence.insert(body.id) }
        }
        bodiesWithoutCadence = withoutCadence.count
        roles = model.roles.compactMap { role -> RoleSeats? in
            guard seats[role.id] != nil || adHoc[role.id] != nil else { return nil }
            return RoleSeats(role: role.id, title: role.title, holder: role.holder(on: date)?.name, seats: seats[role.id] ?? [],
                             adHoc: adHoc[role.id] ?? [])
        }.sorted { ($1.meetingsPerYear, $1.seats.count, $0.role.rawValue) < ($0.meetingsPerYear, $0.seats.count, $1.role.rawValue) }
    }
}
