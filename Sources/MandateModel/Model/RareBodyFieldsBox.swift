/// Holds a body's ``RareBodyFields`` out of line: nothing while they are all empty, otherwise one shared
/// storage, copied on the first write. Two boxes are equal when the fields are, however they are held.
struct RareBodyFieldsBox: Hashable, Sendable {
    private var storage: RareBodyFieldsStorage?

    var fields: RareBodyFields {
        _read {
            if let storage { yield storage.fields } else { yield RareBodyFields.empty }
        }
        _modify {
            if storage == nil {
                storage = RareBodyFieldsStorage(.empty)
            } else if !isKnownUniquelyReferenced(&storage) {
                storage = RareBodyFieldsStorage(storage!.fields)
            }
            yield &storage!.fields
        }
    }

    static func == (left: RareBodyFieldsBox, right: RareBodyFieldsBox) -> Bool {
        left.storage === right.storage || left.fields == right.fields
    }

    func hash(into hasher: inout Hasher) {
        fields.hash(into: &hasher)
    }
}
