import Foundation

/// The date a model is checked, drawn or compared at, and where it came from: the date asked for, else the
/// model's own `date`, else today in the machine's time zone. Every command takes it from here.
public struct EvaluationDate: Hashable, Sendable {
    public let day: Day
    public let source: DateSource

    /// The date of evaluation of `model` when `given` was asked for (`nil`: none was).
    public init(given: Day?, model: Model, today: Day = EvaluationDate.today) {
        if let given {
            (day, source) = (given, .given)
        } else if let date = model.date {
            (day, source) = (date, .model)
        } else {
            (day, source) = (today, .today)
        }
    }

    /// Today's date in the machine's time zone.
    public static var today: Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day("1970-01-01")!
    }
}
