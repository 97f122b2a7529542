import MandateModel
import MandateRules

/// Times each rule on its own over one model, to show where checking time goes.
enum RuleTimes {
    static func print(_ model: Model, at date: Day) {
        let context = Stopwatch.best(of: 3) { RuleContext(model: model, date: date) }
        Swift.print("  context: \(String(format: "%.3f", context.seconds)) s")
        for rule in RuleCatalogue.rules {
            let options = Dictionary(uniqueKeysWithValues: rule.description.options.map { ($0.name, $0.defaultValue) })
            let instance = rule.init(options: options)
            let time = Stopwatch.best(of: 3) { instance.check(context.result) }
            Swift.print("  \(rule.description.identifier): \(String(format: "%.3f", time.seconds)) s")
        }
    }
}
