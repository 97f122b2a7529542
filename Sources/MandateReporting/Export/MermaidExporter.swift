import MandateModel

/// Writes a model as a Mermaid flowchart, which renders in pull requests and wikis: a box per body with its
/// name and kind, reporting lines as arrows from the body above, the other relations as labelled dotted
/// arrows. Node ids are `b1`, `b2`, …, and every character of a label that is not a letter, digit or space
/// is written as Mermaid's `#code;` entity, so that no name can end a label or start a statement.
package enum MermaidExporter {
    /// The model as a Mermaid flowchart, ending with a newline.
    public static func write(_ model: Model) -> String {
        var ids: [BodyID: String] = [:]
        for (index, body) in model.bodies.enumerated() { ids[body.id] = "b\(index + 1)" }
        var output = "flowchart TB\n"
        if let title = model.title { output += "  %% \(label(title))\n" }
        for body in model.bodies {
            output += "  \(ids[body.id]!)[\"\(label(body.name))<br/><small>\(label(model.kindName(of: body)))</small>\"]\n"
        }
        for line in ModelRelations(model).lines {
            guard let from = ids[line.from], let to = ids[line.to] else { continue }
            switch line.key {
            case "reportsTo": output += "  \(to) --> \(from)\n"
            default: output += "  \(from) -. \"\(label(line.words))\" .-> \(to)\n"
            }
        }
        return output
    }

    /// Text for a quoted Mermaid label: letters, digits and spaces as they are, everything else as `#code;`.
    static func label(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || (scalar.properties.isAlphabetic && scalar.value > 0x7F) || ("a"..."z").contains(scalar)
                || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
                output.unicodeScalars.append(scalar)
            } else {
                output += "#\(scalar.value);"
            }
        }
        return output
    }
}
