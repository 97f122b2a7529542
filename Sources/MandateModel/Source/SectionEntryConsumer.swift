/// Takes the entries of a model file's sections (each organisation, unit, role and body) while the file
/// is still being read, a batch at a time, so that a reader can drop their nodes and a large model never
/// holds its whole tree.
protocol SectionEntryConsumer: AnyObject {
    /// Whether to take the entries of the section under `key`, a key of the top-level mapping that follows
    /// `earlierKeys`; asked when the section's mapping opens. `tree` holds every complete node read so far
    /// and is valid only during the call.
    func takesSection(named key: SourceTree.Node, after earlierKeys: [SourceTree.Node], in tree: SourceTree) -> Bool

    /// Takes complete entries `key: value` of the section, in file order, in a tree of their own that the
    /// consumer may keep.
    func take(_ entries: [(key: SourceTree.Node, value: SourceTree.Node)], in tree: SourceTree)

    /// Forgets every entry taken, for a reader that gives up on the file and has another read it anew.
    func restart()
}
