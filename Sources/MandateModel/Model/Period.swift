/// One span of days in which a body exists, both ends inclusive; either end may be open.
public struct Period: Hashable, Sendable {
    /// The first day, or `nil` when the body has existed since before the model's horizon.
    public var from: Day?
    /// The last day, or `nil` when there is no end date.
    public var until: Day?

    /// Creates a period.
    public init(from: Day?, until: Day?) {
        self.from = from
        self.until = until
    }

    /// Whether `day` lies in the period.
    public func contains(_ day: Day) -> Bool {
        if let from, day < from { return false }
        if let until, until < day { return false }
        return true
    }

    /// The period in words: "until 2026-12-31", "from 2027-01-01", "2025-01-01 to 2026-12-31"; `nil` without limits.
    public var summary: String? {
        switch (from, until) {
        case (nil, nil): nil
        case (let from?, nil): "from \(from)"
        case (nil, let until?): "until \(until)"
        case (let from?, let until?): "\(from) to \(until)"
        }
    }
}
