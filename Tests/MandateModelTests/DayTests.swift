import Testing
@testable import MandateModel

@Suite("Calendar days")
struct DayTests {
    @Test("valid dates parse and print back", arguments: ["2026-12-31", "2024-02-29", "2000-02-29", "0001-01-01"])
    func valid(text: String) throws {
        #expect(try #require(Day(text)).description == text)
    }

    @Test("impossible or malformed dates are refused",
          arguments: ["2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-1-1", "31-12-2026", "2026-12-31T00", "primo 2023", ""])
    func invalid(text: String) {
        #expect(Day(text) == nil)
    }

    @Test("days order as the calendar does, across years, months and days")
    func ordering() throws {
        let texts = ["0001-01-01", "1999-12-31", "2000-01-01", "2000-01-31", "2000-02-01", "2026-11-23", "9999-12-31"]
        let days = try texts.map { try #require(Day($0)) }
        #expect(days.sorted() == days)
        #expect(days.shuffled().sorted().map(\.description) == texts)
        #expect(days.map { [$0.year, $0.month, $0.day] } == texts.map { $0.split(separator: "-").map { Int($0)! } })
    }

    @Test("validity includes both ends")
    func validity() throws {
        let validity = Validity(from: Day("2025-01-01"), until: Day("2026-12-31"))
        #expect(validity.contains(try #require(Day("2025-01-01"))))
        #expect(validity.contains(try #require(Day("2026-12-31"))))
        #expect(!validity.contains(try #require(Day("2027-01-01"))))
        #expect(!validity.contains(try #require(Day("2024-12-31"))))
    }

    @Test("a validity reads as words")
    func summary() {
        #expect(Validity(from: Day("2025-01-01"), until: Day("2026-12-31")).summary == "2025-01-01 to 2026-12-31")
        #expect(Validity(from: nil, until: Day("2026-12-31")).summary == "until 2026-12-31")
        #expect(Validity(from: Day("2027-01-01"), until: nil).summary == "from 2027-01-01")
        #expect(Validity.always.summary == nil)
    }
}
