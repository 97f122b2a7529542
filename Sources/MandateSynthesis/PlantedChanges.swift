/// How many changes of each kind a synthetic "after" copy carries, so tests can check that a comparison
/// reports exactly these.
public struct PlantedChanges: Hashable, Sendable {
    /// Bodies with nothing below them, left out of the copy.
    public var removed = 0
    /// New bodies, each reporting to an existing one.
    public var added = 0
    /// Bodies with a new name.
    public var renamed = 0
    /// Bodies reporting to another body than before.
    public var moved = 0
    /// Bodies with another chair, who takes the old chair's seat among the members.
    public var chairChanged = 0

    /// Creates a set of planted changes.
    public init(removed: Int = 0, added: Int = 0, renamed: Int = 0, moved: Int = 0, chairChanged: Int = 0) {
        self.removed = removed
        self.added = added
        self.renamed = renamed
        self.moved = moved
        self.chairChanged = chairChanged
    }
}
