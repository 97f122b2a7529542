import Foundation
import MandateModel

/// Today's date in the machine's time zone, the default date of evaluation.
enum Today {
    static var day: Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day("1970-01-01")!
    }
}
