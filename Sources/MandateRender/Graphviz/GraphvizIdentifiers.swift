import CGraphviz
import Foundation

/// A cgraph ID discipline that numbers objects in the order the DOT declares them.
///
/// cgraph orders subgraphs, and so the clusters in the output, by ID. Its default discipline uses the
/// address of each name's interned string as the ID, so the order follows the heap's history: a fresh
/// process gives declaration order, but a process that has rendered before can write the same clusters in
/// another order. Here named objects get IDs in declaration order (even, above every anonymous ID, as
/// addresses are) and anonymous subgraphs get odd IDs from 1, so every render of the same DOT, in any
/// process, writes the same bytes as a fresh `dot` does.
final class GraphvizIdentifiers {
    private var idsByName: [String: IDTYPE] = [:]
    private var namesByID: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
    private var nextNamed: IDTYPE = 1 << 40
    private var nextAnonymous: IDTYPE = 1

    deinit {
        namesByID.values.forEach { free($0) }
    }

    /// The discipline to read graphs with: cgraph's own memory and I/O disciplines, and this ID discipline.
    /// It lives as long as the process, as cgraph keeps a pointer to it in every graph.
    /// Only used while ``GraphvizRenderer`` holds its lock.
    nonisolated(unsafe) static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let identifiers = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        identifiers.initialize(to: Agiddisc_t(
            open: { _, _ in Unmanaged.passRetained(GraphvizIdentifiers()).toOpaque() },
            map: { state, _, name, id, create in
                GraphvizIdentifiers.from(state).map(name, id: id, create: create != 0)
            },
            alloc: { _, _, _ in 1 },
            free: { _, _, _ in },
            print: { state, _, id in GraphvizIdentifiers.from(state).namesByID[id] },
            close: { state in
                if let state { Unmanaged<GraphvizIdentifiers>.fromOpaque(state).release() }
            },
            idregister: { _, _, _ in }))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(
            mem: dlsym(nil, "AgMemDisc").assumingMemoryBound(to: Agmemdisc_t.self),
            id: identifiers,
            io: dlsym(nil, "AgIoDisc").assumingMemoryBound(to: Agiodisc_t.self)))
        return discipline
    }()

    private static func from(_ state: UnsafeMutableRawPointer?) -> GraphvizIdentifiers {
        Unmanaged<GraphvizIdentifiers>.fromOpaque(state!).takeUnretainedValue()
    }

    /// cgraph's `map`: the ID of a name (made when `create` is set; 0 when unknown), or a new anonymous ID.
    private func map(_ name: UnsafeMutablePointer<CChar>?, id: UnsafeMutablePointer<IDTYPE>?, create: Bool) -> Int {
        guard let id else { return 0 }
        guard let name else {
            id.pointee = nextAnonymous
            nextAnonymous += 2
            return 1
        }
        let key = String(cString: name)
        if let existing = idsByName[key] {
            id.pointee = existing
        } else if create {
            let new = nextNamed
            nextNamed += 2
            idsByName[key] = new
            namesByID[new] = strdup(name)
            id.pointee = new
        } else {
            id.pointee = 0
        }
        return 1
    }
}
