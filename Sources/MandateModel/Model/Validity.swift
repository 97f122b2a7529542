/// When a body exists: one period, or several for a body that sat, stopped and sat again (a committee of
/// 1975–1979 and 1981–1995). Every rule, view and comparison asks ``contains(_:)`` whether a body is alive
/// on a date.
public struct Validity: Hashable, Sendable {
    /// The periods, in order; none means always.
    public let periods: [Period]

    /// A validity without limits.
    public static let always = Validity(periods: [])

    /// One period.
    public init(from: Day?, until: Day?) {
        self.init(periods: from == nil && until == nil ? [] : [Period(from: from, until: until)])
    }

    /// Several periods, in order.
    public init(periods: [Period]) {
        self.periods = periods
    }

    /// The first day of the first period, if it has one.
    public var from: Day? { periods.first?.from }
    /// The last day of the last period, if it has one.
    public var until: Day? { periods.last?.until }

    /// The periods in words: "until 2026-12-31", "1975-01-01 to 1979-12-31, 1981-01-01 to 1995-12-31"; `nil` without limits.
    public var summary: String? {
        periods.isEmpty ? nil : periods.map { $0.summary ?? "always" }.joined(separator: ", ")
    }

    /// Whether the body exists on `day`.
    public func contains(_ day: Day) -> Bool {
        periods.isEmpty || periods.contains { $0.contains(day) }
    }
}
