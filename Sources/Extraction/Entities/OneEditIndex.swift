/// Finds the keys one edit apart in the sense of ``EntityResolver/oneEditApart(_:_:)`` (an adjacent pair
/// swapped, a letter added or dropped) without comparing every pair. Each key is filed under itself and
/// under each form with one character dropped: a key with a letter added has the shorter key among its
/// forms, and two keys with an adjacent pair swapped (`P x y S`, `P y x S`) share the form `P y S`. Forms
/// are filed by a hash, made for all of a key's forms in one pass over it, so a lookup returns a superset
/// of the matches (a collision adds a stranger) for the caller's exact test; a bucket holds only keys one
/// letter from a common form, however long the article. Below ``hashedFrom`` keys a lookup offers every id:
/// comparing a few names costs less than hashing every form (an ordinary article has a few dozen).
struct OneEditIndex {
    static let hashedFrom = 48
    /// The keys filed while there are fewer than ``hashedFrom``; emptied when they are hashed.
    private var few: [(key: String, id: Int)] = []
    private var hashing = false
    /// A form's hash → the last filing under it; `filed[n]` is an id and the filing before it under the same
    /// form (-1 for none). 32 bits each: 2^31 filings is far beyond any article `--max-size` admits.
    private var last: [UInt64: Int32] = [:]
    private var filed: [(id: Int32, previous: Int32)] = []

    mutating func insert(_ key: String, id: Int) {
        if !hashing {
            few.append((key, id))
            guard few.count >= Self.hashedFrom else { return }
            hashing = true
            for (key, id) in few { file(key, id: id) }
            few = []
        } else {
            file(key, id: id)
        }
    }

    private mutating func file(_ key: String, id: Int) {
        for form in Self.formHashes(of: key) {
            let previous = last[form] ?? -1
            // A doubled letter gives one form twice.
            if previous >= 0, filed[Int(previous)].id == Int32(id) { continue }
            filed.append((Int32(id), previous))
            last[form] = Int32(filed.count - 1)
        }
    }

    /// Every id whose key may be one edit from `key`, in no particular order, an id possibly more than once.
    func candidates(for key: String) -> [Int] {
        guard hashing else { return few.map(\.id) }
        var ids: [Int] = []
        for form in Self.formHashes(of: key) {
            var next = Int(last[form] ?? -1)
            while next >= 0 {
                ids.append(Int(filed[next].id))
                next = Int(filed[next].previous)
            }
        }
        return ids
    }

    /// The hashes of the key and of the key with each character dropped in turn: a polynomial hash of the
    /// characters, with the form's length mixed in. An ASCII character counts as its byte in any key (so
    /// `zrich` from `zürich` hashes as the key `zrich` does); an ASCII key is read as bytes.
    static func formHashes(of key: String) -> [UInt64] {
        let elements: [UInt64] =
            key.utf8.allSatisfy({ $0 < 0x80 })
            ? key.utf8.map { UInt64($0) }
            : key.map { $0.asciiValue.map(UInt64.init) ?? UInt64(bitPattern: Int64($0.hashValue)) }
        let count = elements.count
        let base: UInt64 = 0x100_0000_01b3
        // powers[i] = base^i; suffixes[k] = the hash terms of elements k... at their places in the whole key.
        var powers = [UInt64](repeating: 1, count: count + 1)
        for i in stride(from: 1, through: count, by: 1) { powers[i] = powers[i - 1] &* base }
        var suffixes = [UInt64](repeating: 0, count: count + 1)
        for k in stride(from: count - 1, through: 0, by: -1) {
            suffixes[k] = suffixes[k + 1] &+ elements[k] &* powers[count - 1 - k]
        }
        func mixed(_ hash: UInt64, length: Int) -> UInt64 { hash &+ UInt64(length) &* 0x9E37_79B9_7F4A_7C15 }
        var hashes = [mixed(suffixes[0], length: count)]
        var prefix: UInt64 = 0  // the first k elements' hash, as a key of k elements
        for k in 0..<count {
            hashes.append(mixed(prefix &* powers[count - 1 - k] &+ suffixes[k + 1], length: count - 1))
            prefix = prefix &* base &+ elements[k]
        }
        return hashes
    }
}
