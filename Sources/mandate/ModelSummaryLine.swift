import MandateModel

/// A one-line description of a loaded model: its title and how many elements of each kind it holds.
struct ModelSummaryLine {
    let model: Model

    var text: String {
        func count(_ number: Int, _ singular: String, _ plural: String) -> String {
            "\(number) \(number == 1 ? singular : plural)"
        }
        let counts = [count(model.bodies.count, "body", "bodies"), count(model.roles.count, "role", "roles"),
                      count(model.units.count, "unit", "units"),
                      count(model.organisations.count, "organisation", "organisations")].joined(separator: ", ")
        return "\(model.title ?? model.id) (\(counts))"
    }
}
