/// The period in which a body exists: from its first day to its last, both inclusive; either end may be open.
public struct Validity: Hashable, Sendable {
    /// The first day the body exists, or `nil` when it has existed since before the model's horizon.
    public let from: Day?
    /// The last day the body exists, or `nil` when it has no end date.
    public let until: Day?

    /// A validity without limits.
    public static let always = Validity(from: nil, until: nil)

    /// Creates a validity.
    public init(from: Day?, until: Day?) {
        self.from = from
        self.until = until
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

    /// Whether the body exists on `day`.
    public func contains(_ day: Day) -> Bool {
        if let from, day < from { return false }
        if let until, until < day { return false }
        return true
    }
}
