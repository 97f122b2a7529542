import Dispatch

/// Turns a ``SourceTree`` into a ``Model``, checking every key against ``ModelSchema`` and resolving
/// every reference, and collecting every problem rather than stopping at the first.
///
/// As a ``SectionEntryConsumer`` it decodes the organisations, units, roles and bodies a batch at a time
/// while the reader goes on, so a large model never holds its whole tree; for a large file, on a thread of
/// its own. An entry
/// that names an id the file has not declared yet waits, and is decoded when the whole file has been read
/// and every id is known: the model and the problems found are the same as if the whole tree were decoded
/// at once.
final class ModelDecoder: SectionEntryConsumer, @unchecked Sendable {
    // Safe to share: `decoder` and `waiting` are used only on `queue` until `decode(_:)` has waited for
    // it to finish; `readingSection` only by the reader.
    private let file: String
    /// Whether batches are decoded on ``queue`` while the reader goes on, rather than before it does.
    private let decodesAlongside: Bool
    private let queue = DispatchQueue(label: "Mandate.ModelDecoder")
    /// Bounds the batches read but not yet decoded, so the reader never runs far ahead.
    private let batchesAhead = DispatchSemaphore(value: 4)
    /// Everything decoded so far; `nil` only while it decodes.
    private var decoder: TreeDecoder?
    /// Entries that named an id not declared yet, with their batches, in file order.
    private var waiting: [(entries: [(key: SourceTree.Node, value: SourceTree.Node)], tree: SourceTree, kind: EntityKind)] = []
    /// The kind of entry the section being read holds.
    private var readingSection: EntityKind?

    /// A decoder for the tree of `file`; `alongside` decodes on a thread of its own, which pays only for a large file.
    init(file: String, alongside: Bool = false) {
        self.file = file
        decodesAlongside = alongside
        decoder = TreeDecoder(tree: SourceTree.empty(file: file))
    }

    /// Decodes the tree, or fails with every problem found.
    static func decode(_ tree: SourceTree) -> Result<Model, LoadFailure> {
        ModelDecoder(file: tree.file).decode(tree)
    }

    /// Decodes the finished tree, with the entries taken while reading, or fails with every problem found.
    func decode(_ tree: SourceTree) -> Result<Model, LoadFailure> {
        queue.sync {}
        // Every id is declared now: the entries that waited for one are decoded in file order, before the rest.
        var decoder = self.decoder.take()!
        decoder.endReading()
        for batch in waiting {
            decoder = TreeDecoder(tree: batch.tree, continuing: decoder)
            for (key, value) in batch.entries { _ = decoder.decodeEntry(key, value, of: batch.kind) }
        }
        waiting = []
        decoder = TreeDecoder(tree: tree, continuing: decoder)
        return decoder.decodeModel()
    }

    func takesSection(named key: SourceTree.Node, after earlierKeys: [SourceTree.Node], in tree: SourceTree) -> Bool {
        // A repeated section key is reported at the end and its entries ignored, so they are left in the tree.
        let kind = tree.kind(of: key) == .scalar ? TreeDecoder.sections[tree.text(of: key)] : nil
        let isRepeated = earlierKeys.contains { tree.kind(of: $0) == .scalar && tree.text(of: $0) == tree.text(of: key) }
        readingSection = isRepeated ? nil : kind
        return readingSection != nil
    }

    func take(_ entries: [(key: SourceTree.Node, value: SourceTree.Node)], in tree: SourceTree) {
        let kind = readingSection!
        guard decodesAlongside else { return decode(entries, in: tree, of: kind) }
        batchesAhead.wait()
        queue.async { [self] in
            decode(entries, in: tree, of: kind)
            batchesAhead.signal()
        }
    }

    private func decode(_ entries: [(key: SourceTree.Node, value: SourceTree.Node)], in tree: SourceTree, of kind: EntityKind) {
        var decoder = TreeDecoder(tree: tree, continuing: self.decoder.take()!)
        decoder.readingSection = kind
        let later = entries.filter { !decoder.decodeEntry($0.key, $0.value, of: kind) }
        if !later.isEmpty { waiting.append((later, tree, kind)) }
        self.decoder = decoder
    }

    func restart() {
        queue.sync {}
        decoder = TreeDecoder(tree: SourceTree.empty(file: file))
        waiting = []
        readingSection = nil
    }
}
