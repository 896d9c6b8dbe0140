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
    /// A table of its own rather than a dictionary of form hashes (a long article files millions of forms):
    /// `heads[slot]` is the last filing whose form falls in that slot (-1 for none); each filing holds the
    /// filing before it in the same slot and 32 bits of its form's hash, which a lookup checks before it
    /// offers the filing's id, and a key's filings follow one another from `keys[k].firstFiling`. 8 bytes a
    /// filing, 4 to 8 a slot and 8 a key: less than half a dictionary's. Strangers with the same 32 bits
    /// are left to the caller's exact test. 32 bits each: 2^31 filings is far beyond any article
    /// `--max-size` admits.
    private var heads: [Int32] = []
    private var filed: [(previous: Int32, check: UInt32)] = []
    private var keys: [(firstFiling: Int32, id: Int32)] = []

    mutating func insert(_ key: String, id: Int) {
        if !hashing {
            few.append((key, id))
            guard few.count >= Self.hashedFrom else { return }
            hashing = true
            heads = [Int32](repeating: -1, count: 1024)
            for (key, id) in few { file(key, id: id) }
            few = []
        } else {
            file(key, id: id)
        }
    }

    /// The high 32 bits of the form's hash times an odd constant: mixed in every bit, which the polynomial
    /// hash's low bits are not.
    private static func check(_ form: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (form &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    private func slot(_ check: UInt32) -> Int { Int(check) & (heads.count - 1) }

    private mutating func file(_ key: String, id: Int) {
        let first = Int32(filed.count)
        keys.append((first, Int32(id)))
        for form in Self.formHashes(of: key) {
            let check = Self.check(form), home = slot(check)
            let previous = heads[home]
            // A doubled letter gives one form twice.
            if previous >= first, filed[Int(previous)].check == check { continue }
            filed.append((previous, check))
            heads[home] = Int32(filed.count - 1)
        }
        if filed.count > heads.count { growHeads() }
    }

    /// Twice the slots (or more), every filing linked again in its new slot: at most one filing a slot on
    /// average.
    private mutating func growHeads() {
        var count = heads.count * 2
        while count < filed.count { count *= 2 }
        heads = []
        heads = [Int32](repeating: -1, count: count)
        for n in filed.indices {
            let home = slot(filed[n].check)
            filed[n].previous = heads[home]
            heads[home] = Int32(n)
        }
    }

    /// The id of the key whose filings hold filing `n`.
    private func id(ofFiling n: Int) -> Int {
        var low = 0, high = keys.count  // the last key whose first filing is at or before n lies in low..<high
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(keys[middle].firstFiling) <= n { low = middle } else { high = middle }
        }
        return Int(keys[low].id)
    }

    /// Every id whose key may be one edit from `key`, in no particular order, an id possibly more than once.
    func candidates(for key: String) -> [Int] {
        guard hashing else { return few.map(\.id) }
        var ids: [Int] = []
        for form in Self.formHashes(of: key) {
            let check = Self.check(form)
            var next = Int(heads[slot(check)])
            while next >= 0 {
                if filed[next].check == check { ids.append(id(ofFiling: next)) }
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
