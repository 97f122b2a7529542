/// A calendar date without time or time zone, as written in a model: `YYYY-MM-DD`.
///
/// It takes four bytes: the year, month and day packed so that comparing the number compares the dates.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let packed: UInt32

    /// The year, 1 to 9999.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1 to 12.
    public var month: Int { Int(packed >> 5 & 0xF) }
    /// The day of the month, from 1.
    public var day: Int { Int(packed & 0x1F) }

    /// Creates a day, or `nil` when the date does not exist (such as 2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// Parses exactly `YYYY-MM-DD`; `nil` for anything else or a date that does not exist.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Why `text`, written `YYYY-MM-DD`, names no day ("2027 has no 30 February"); `nil` where it is a day
    /// or is not written that way.
    public static func impossibility(of text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard Day(text) == nil, parts.map(\.utf8.count) == [4, 2, 2], text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        guard year >= 1 else { return "there is no year 0" }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        guard day >= 1 else { return "there is no day 0" }
        return "\(year) has no \(day) \(monthNames[month - 1])"
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The day after this one; the last day, 9999-12-31, has none.
    public var next: Day? {
        Day(year: year, month: month, day: day + 1) ?? Day(year: year, month: month + 1, day: 1) ?? Day(year: year + 1, month: 1, day: 1)
    }

    /// The day before this one; the first day, 0001-01-01, has none.
    public var previous: Day? {
        if day > 1 { return Day(year: year, month: month, day: day - 1) }
        if month > 1 { return Day(year: year, month: month - 1, day: Day.daysIn(month: month - 1, year: year)) }
        return Day(year: year - 1, month: 12, day: 31)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.packed < rhs.packed
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
