/// What the lexicon and the gazetteer said about each span of one paragraph asked so far, by the span's
/// key (its first token and length packed in one integer, see ``EntityExtractor/knownEvidence(_:in:)``):
/// an open-addressed table at most half full, hashed with one multiplication. It answers as the
/// `[Int: Evidence?]` it replaces, without Swift's seeded hasher (the pass asks it for every span it reads).
struct SpanEvidenceTable {
    /// Per slot: a key, or -1 for an empty slot; keys are never negative.
    private var keys: [Int]
    private var values: [EntityExtractor.Evidence?]
    private(set) var count = 0
    /// The slot count is 2^(64 - shift).
    private var shift: UInt64

    init() {
        keys = Array(repeating: -1, count: 64)
        values = Array(repeating: nil, count: 64)
        shift = 64 - 6
    }

    /// How many slots the table has.
    var capacity: Int { keys.count }

    /// The evidence filed under `key` (nil inside when the span is known to say nothing), or nil when
    /// the span was not asked yet. Setting nil is not allowed: nothing is ever forgotten but all at once.
    subscript(key: Int) -> EntityExtractor.Evidence?? {
        get {
            let (index, found) = slot(of: key)
            return found ? .some(values[index]) : nil
        }
        set {
            guard let newValue else { preconditionFailure("a span's evidence is only ever added") }
            precondition(key >= 0, "a span key is never negative")
            let (index, found) = slot(of: key)
            values[index] = newValue
            guard !found else { return }
            keys[index] = key
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    /// Forgets every span; keeps the slots when `keepingCapacity` (clearing costs their number).
    mutating func removeAll(keepingCapacity: Bool) {
        if keepingCapacity {
            if count > 0 {
                for k in keys.indices { keys[k] = -1 }
            }
        } else {
            self = SpanEvidenceTable()
        }
        count = 0
    }

    @inline(__always)
    private func slot(of key: Int) -> (index: Int, found: Bool) {
        let mask = keys.count - 1
        var slot = Int((UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] >= 0 {
            if keys[slot] == key { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    private mutating func grow() {
        let old = (keys: keys, values: values)
        keys = Array(repeating: -1, count: old.keys.count * 2)
        values = Array(repeating: nil, count: old.keys.count * 2)
        shift -= 1
        for k in old.keys.indices where old.keys[k] >= 0 {
            let index = slot(of: old.keys[k]).index
            (keys[index], values[index]) = (old.keys[k], old.values[k])
        }
    }
}
