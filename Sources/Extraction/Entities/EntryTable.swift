/// Names → the number of the ``EntityResolver`` entry they belong to, read and written like a
/// `[String: Int]` (a key set to nil reads as absent), held compactly: a long article's resolver holds
/// hundreds of thousands of names in each of its tables at once.
///
/// An ASCII name (nearly all) is held as its bytes in one buffer shared by every key, with where it starts
/// (4 bytes), its number (4 bytes) and a slot in an open-addressed table at most half full (4 bytes per
/// slot): about the name's length and 20 bytes, where a dictionary slot took 20 bytes at a quarter to half
/// empty and a name of more than 15 bytes made for the table (a compact key) a heap string of its own
/// (64 bytes). A 16 MB article of distinct names held 42 MB in its two largest tables, and 10 MB more
/// while one of the others grew (old and new table at once).
///
/// Swift compares strings by canonical equivalence, which for ASCII is byte equality: a name outside ASCII
/// that equals an ASCII string (``ArticleWordSet/asciiEquivalent(of:)``) is filed and found under that
/// string, and any other goes to an ordinary dictionary, so that the table answers as one dictionary would.
struct EntryTable: ExpressibleByDictionaryLiteral {
    /// The ASCII keys' bytes, one after another: key `k` is `keyBytes[keyStarts[k]..<keyStarts[k + 1]]`.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [UInt32] = [0]
    /// Each ASCII key's number (``absent`` once set to nil).
    private var numbers: [Int32] = []
    /// The key index per slot, -1 for an empty slot; a power of two long (or empty), at most half full.
    private var slots: [Int32] = []
    /// The keys outside ASCII that equal no ASCII string.
    private var others: [String: Int32] = [:]

    /// A key set to nil: kept in the table (no key is ever removed in practice), read as absent.
    private static let absent = Int32.min

    init() {}

    init(dictionaryLiteral elements: (String, Int)...) {
        for (name, number) in elements { self[name] = number }
    }

    /// Room for `count` names at once, so that a table of hundreds of thousands is not grown (the old and
    /// the new arrays held together while it is) as it fills. (Room reserved and not written is not resident.)
    mutating func reserveCapacity(_ count: Int) {
        numbers.reserveCapacity(count)
        keyStarts.reserveCapacity(count + 1)
        keyBytes.reserveCapacity(count * Self.reservedBytesPerName)
        if slots.count < 2 * count { rehash(slotCount: Self.slotCount(for: count)) }
    }

    /// Bytes reserved per name: most names of a long article are shorter.
    private static let reservedBytesPerName = 24

    /// The bytes the table's arrays hold room for (not the dictionary of names outside ASCII).
    var heldBytes: Int {
        keyBytes.capacity + 4 * (keyStarts.capacity + numbers.capacity + slots.capacity)
    }

    subscript(name: String) -> Int? {
        get {
            let number: Int32?
            if let found = Self.asciiBytes(of: name, { find($0) }) {
                number = found.map { numbers[$0] }
            } else if let ascii = ArticleWordSet.asciiEquivalent(of: name) {
                number = Self.asciiBytes(of: ascii, { find($0) })?.map { numbers[$0] }
            } else {
                number = others[name]
            }
            guard let number, number != Self.absent else { return nil }
            return Int(number)
        }
        set {
            let number = newValue.map { Int32($0) } ?? Self.absent
            var name = name
            if let ascii = ArticleWordSet.asciiEquivalent(of: name) {
                name = ascii
            } else if name.utf8.contains(where: { $0 >= 0x80 }) {
                others[name] = newValue.map { Int32($0) }
                return
            }
            name.withUTF8 { bytes in
                if let key = find(bytes) {
                    numbers[key] = number
                } else if newValue != nil {
                    insert(bytes, number)
                }
            }
        }
    }

    /// `body` of the name's UTF-8 bytes when they are all ASCII; nil otherwise.
    @inline(__always)
    private static func asciiBytes<Result>(
        of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        var name = name
        return name.withUTF8 { bytes -> Result? in
            var any: UInt8 = 0
            for byte in bytes { any |= byte }
            return any < 0x80 ? body(bytes) : nil
        }
    }

    /// FNV-1a, 64 bits.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The index of the ASCII key `bytes` spell, or nil.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                keyStarts.withUnsafeBufferPointer { starts in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
                    while true {
                        let key = Int(slots[slot])
                        if key < 0 { return nil }
                        let start = Int(starts[key]), end = Int(starts[key + 1])
                        if end - start == bytes.count, Self.equal(keyBytes, from: start, bytes) { return key }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func equal(
        _ keyBytes: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        for k in bytes.indices where keyBytes[start + k] != bytes[k] { return false }
        return true
    }

    /// Files a new ASCII key.
    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int32) {
        if 2 * (numbers.count + 1) > slots.count { rehash(slotCount: Self.slotCount(for: numbers.count + 1)) }
        let key = numbers.count
        keyBytes.append(contentsOf: bytes)
        keyStarts.append(UInt32(keyBytes.count))
        numbers.append(number)
        place(key, hash: Self.hash(bytes))
    }

    private mutating func place(_ key: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(key)
    }

    /// The smallest power of two at least twice `count` (and 8).
    private static func slotCount(for count: Int) -> Int {
        var slotCount = 8
        while slotCount < 2 * count { slotCount *= 2 }
        return slotCount
    }

    private mutating func rehash(slotCount: Int) {
        slots = []  // (the old slots let go before the new are made)
        slots = [Int32](repeating: -1, count: slotCount)
        for key in numbers.indices {
            let hash = keyBytes.withUnsafeBufferPointer { keyBytes in
                Self.hash(
                    UnsafeBufferPointer(rebasing: keyBytes[Int(keyStarts[key])..<Int(keyStarts[key + 1])]))
            }
            place(key, hash: hash)
        }
    }
}
