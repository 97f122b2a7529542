import MandateModel

/// How a diagram describes a body's validity: "until 2026-12-31", "from 2027-01-01".
struct ValidityText {
    let validity: Validity

    init(_ validity: Validity) {
        self.validity = validity
    }

    var text: String? {
        switch (validity.from, validity.until) {
        case (nil, nil): nil
        case (let from?, nil): "from \(from)"
        case (nil, let until?): "until \(until)"
        case (let from?, let until?): "\(from) to \(until)"
        }
    }
}
