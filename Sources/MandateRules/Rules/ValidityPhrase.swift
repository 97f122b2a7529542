import MandateModel

/// How a message describes a body's validity: "valid until 2026-12-31", "valid from 2027-01-01".
struct ValidityPhrase {
    let validity: Validity

    init(_ validity: Validity) {
        self.validity = validity
    }

    /// The phrase, or `nil` for a body without limits.
    var text: String? {
        switch (validity.from, validity.until) {
        case (nil, nil): nil
        case (let from?, nil): "valid from \(from)"
        case (nil, let until?): "valid until \(until)"
        case (let from?, let until?): "valid from \(from) until \(until)"
        }
    }

    /// The phrase in parentheses with a leading space, or nothing.
    var parenthesised: String {
        text.map { " (\($0))" } ?? ""
    }
}
