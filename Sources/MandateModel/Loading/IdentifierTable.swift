import Foundation

/// Every id and body alias of a model, found by the UTF-8 bytes of a reference without making a string
/// of it: an open-addressing table with a hash seeded at random per process, so no file can be written
/// to make its look-ups slow. Nothing is ever read out in table order, so output stays deterministic.
struct IdentifierTable: Sendable {
    /// An id or alias, in declaration order.
    struct Entry: Sendable {
        /// The element an id names, or the body an alias stands for.
        let id: EntityID
        let location: SourceLocation
        let isAlias: Bool
    }

    private(set) var entries: [Entry] = []
    private var keys: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    /// Per slot: the entry's index plus one in the low 32 bits (0 for an empty slot), and the high 32 bits
    /// of its key's hash, so that a probe rarely reads a key that is not the one sought.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    private let seed = UInt64.random(in: .min ... .max) | 1

    /// Makes room for `count` entries.
    mutating func reserve(_ count: Int) {
        entries.reserveCapacity(count)
        keyStarts.reserveCapacity(count + 1)
        keys.reserveCapacity(count * 8)
        if count * 2 > slots.count { rehash(capacity: count * 2) }
    }

    /// Declares an id; returns where the id or alias was first declared if it was already.
    mutating func declare(_ text: UnsafeBufferPointer<UInt8>, as kind: EntityKind, at location: SourceLocation) -> SourceLocation? {
        let (slot, found) = find(text)
        if let found { return entries[found].location }
        let string = String(decoding: text, as: UTF8.self)
        let id: EntityID = switch kind {
        case .organisation: .organisation(OrganisationID(string))
        case .unit: .unit(UnitID(string))
        case .role: .role(RoleID(string))
        case .body: .body(BodyID(string))
        }
        insert(Entry(id: id, location: location, isAlias: false), key: text, at: slot)
        return nil
    }

    /// Declares another name of `body`; returns where it was first declared if it names something else already.
    mutating func declareAlias(_ text: UnsafeBufferPointer<UInt8>, of body: BodyID, at location: SourceLocation) -> SourceLocation? {
        let (slot, found) = find(text)
        if let found { return entries[found].id == .body(body) ? nil : entries[found].location }
        insert(Entry(id: .body(body), location: location, isAlias: true), key: text, at: slot)
        return nil
    }

    /// The element an id or alias names.
    func lookup(_ text: UnsafeBufferPointer<UInt8>) -> EntityID? {
        find(text).found.map { entries[$0].id }
    }

    /// Where the id (not an alias) `text` was declared.
    func declaration(of text: UnsafeBufferPointer<UInt8>) -> SourceLocation? {
        guard let found = find(text).found, !entries[found].isAlias else { return nil }
        return entries[found].location
    }

    /// The ids and aliases of each kind, in declaration order, for "did you mean" hints.
    var namesByKind: [EntityKind: [String]] {
        var names: [EntityKind: [String]] = [:]
        for (index, entry) in entries.enumerated() {
            names[entry.id.kind, default: []].append(String(decoding: keys[Int(keyStarts[index])..<Int(keyStarts[index + 1])], as: UTF8.self))
        }
        return names
    }

    private mutating func insert(_ entry: Entry, key: UnsafeBufferPointer<UInt8>, at slot: Int) {
        slots[slot] = hash(key) & 0xFFFF_FFFF_0000_0000 | UInt64(entries.count + 1)
        entries.append(entry)
        keys.append(contentsOf: key)
        keyStarts.append(Int32(keys.count))
        if entries.count * 2 > slots.count { rehash(capacity: slots.count * 2) }
    }

    /// The slot where `text` is or would go, and its entry if it is there.
    private func find(_ text: UnsafeBufferPointer<UInt8>) -> (slot: Int, found: Int?) {
        let mask = slots.count - 1
        let hash = hash(text)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, nil) }
            if entry & 0xFFFF_FFFF_0000_0000 == tag, isKey(Int(entry & 0xFFFF_FFFF) - 1, text) { return (slot, Int(entry & 0xFFFF_FFFF) - 1) }
            slot = (slot + 1) & mask
        }
    }

    private func isKey(_ index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[index])
        guard Int(keyStarts[index + 1]) - start == text.count else { return false }
        guard let base = text.baseAddress else { return true }
        return keys.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, base, text.count) == 0 }
    }

    private mutating func rehash(capacity: Int) {
        var size = 16
        while size < capacity { size *= 2 }
        slots = Array(repeating: 0, count: size)
        let mask = size - 1
        keys.withUnsafeBufferPointer { keys in
            for index in entries.indices {
                let hash = hash(UnsafeBufferPointer(rebasing: keys[Int(keyStarts[index])..<Int(keyStarts[index + 1])]))
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
            }
        }
    }

    /// A seeded multiply-xorshift hash over 8-byte words, finished with a 64-bit mixer.
    private func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value = seed ^ UInt64(text.count)
        guard let base = text.baseAddress else { return value }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= text.count {
            value = (value ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            value ^= value >> 32
            index += 8
        }
        if index < text.count {
            var word: UInt64 = 0
            for offset in index..<text.count { word |= UInt64(text[offset]) << (UInt64(offset - index) * 8) }
            value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
            value ^= value >> 32
        }
        value ^= value >> 33
        value = value &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        return value
    }
}
