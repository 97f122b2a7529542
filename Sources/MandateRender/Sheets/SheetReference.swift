import MandateModel

/// A joint body drawn on another sheet, shown under one of its other parents as a reference box: "also
/// reports here → sheet 4".
package struct SheetReference: Hashable, Sendable {
    /// The joint body.
    public let body: BodyID
    /// The parent it reports to on this sheet.
    public let parent: BodyID
    /// The sheet the body is drawn on.
    public let sheet: Int

    /// The node's id in DOT: apart from the body's own.
    var node: String { "ref:\(body.rawValue)@\(parent.rawValue)" }
}
