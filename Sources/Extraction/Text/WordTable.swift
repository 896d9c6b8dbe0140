/// A fixed table from words to values, made once from a lexicon and read per token: it answers exactly
/// as a `[String: Value]` of the same entries would, without Swift's seeded hasher.
///
/// A small ASCII word (15 bytes or fewer, most tokens) is looked up by the two words Swift keeps it in
/// (``SmallWordSlots``). Of any other word, one no key could be (a first byte no key starts with, a length
/// no key has) is refused from its first byte and its length; the others are hashed with FNV-1a over
/// their UTF-8 bytes into an open-addressed table of at most half full. Only ASCII words go this way: Swift compares strings by
/// canonical equivalence, which for ASCII is byte equality, so any other word is looked up in an ordinary
/// dictionary of the same entries. The fast tables hold the ASCII keys, and a key that is not ASCII
/// under the ASCII form it is canonically equal to, when it has one (``ArticleWordSet/asciiEquivalent(of:)``):
/// a table with a few keys outside ASCII still answers ASCII words the fast way.
struct WordTable<Value> {
    private let entries: [(key: String, value: Value)]
    /// The entries the fast tables hold: every ASCII key, and the ASCII form of a key canonically equal to one.
    private let asciiEntries: [(key: String, value: Value)]
    /// Every key's UTF-8 bytes, one after another, and where each entry's stand among them.
    private let keyBytes: [UInt8]
    private let keyRanges: [Range<Int>]
    /// Entry index per slot, -1 for an empty slot; a power of two long.
    private let slots: [Int32]
    /// Which first bytes (of 128 ASCII values) and which byte lengths (up to 63) some key has.
    private let firstBytes: (low: UInt64, high: UInt64)
    private let lengths: UInt64
    /// The same entries, for words that are not ASCII.
    private let general: [String: Value]
    /// The ASCII keys of 15 bytes or fewer by their two words, for small ASCII words (most tokens).
    private let small: SmallWordSlots

    init(_ dictionary: [String: Value]) {
        general = dictionary
        // The order of the entries decides only which slot a key takes, never what a look-up answers.
        entries = dictionary.map { (key: $0.key, value: $0.value) }
        let asciiEntries = entries.compactMap { entry -> (key: String, value: Value)? in
            if entry.key.utf8.allSatisfy({ $0 < 0x80 }) { return entry }
            return ArticleWordSet.asciiEquivalent(of: entry.key).map { (key: $0, value: entry.value) }
        }
        self.asciiEntries = asciiEntries
        var slotCount = 8
        while slotCount < asciiEntries.count * 2 { slotCount *= 2 }
        var slots = [Int32](repeating: -1, count: slotCount)
        var low: UInt64 = 0, high: UInt64 = 0, lengths: UInt64 = 0
        var keyBytes: [UInt8] = []
        var keyRanges: [Range<Int>] = []
        keyBytes.reserveCapacity(asciiEntries.reduce(0) { $0 + $1.key.utf8.count })
        keyRanges.reserveCapacity(asciiEntries.count)
        for (index, entry) in asciiEntries.enumerated() {
            let start = keyBytes.count
            keyBytes.append(contentsOf: entry.key.utf8)
            keyRanges.append(start..<keyBytes.count)
            let bytes = keyBytes[start...]
            if let first = bytes.first {
                if first < 64 { low |= 1 << UInt64(first) } else { high |= 1 << UInt64(first - 64) }
            }
            lengths |= 1 << UInt64(min(bytes.count, 63))
            var slot = Int(Self.hash(bytes) & UInt64(slotCount - 1))
            while slots[slot] >= 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
        self.keyBytes = keyBytes
        self.keyRanges = keyRanges
        self.firstBytes = (low, high)
        self.lengths = lengths
        small = SmallWordSlots(keys: asciiEntries.map(\.key))
    }

    /// FNV-1a, 64 bits.
    @inline(__always)
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    var count: Int { entries.count }

    /// Every key, in no particular order.
    var keys: [String] { entries.map(\.key) }

    /// Every value, in no particular order.
    var values: [Value] { entries.map(\.value) }

    subscript(word: String) -> Value? {
        if let words = SmallWordSlots.words(of: word) {
            return small.entryIndex(of: words).map { asciiEntries[$0].value }
        }
        var word = word
        return word.withUTF8 { bytes -> Value?? in
            guard let first = bytes.first else { return .some(general[""]) }
            // (A word outside ASCII may equal a key outside ASCII, which the filters below know nothing of.)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let firstKnown =
                first < 64 ? firstBytes.low >> UInt64(first) & 1 : firstBytes.high >> UInt64(first - 64) & 1
            guard firstKnown != 0, lengths >> UInt64(min(bytes.count, 63)) & 1 != 0 else { return .some(nil) }
            let mask = slots.count - 1
            var slot = Int(Self.hash(bytes) & UInt64(mask))
            while slots[slot] >= 0 {
                let index = Int(slots[slot])
                let key = keyRanges[index]
                if key.count == bytes.count, keyBytes[key].elementsEqual(bytes) {
                    return .some(asciiEntries[index].value)
                }
                slot = (slot + 1) & mask
            }
            return .some(nil)
        } ?? general[word]
    }

    /// Whether `word` is a key: as `self[word] != nil`, without reading the value of a small word's entry.
    func contains(_ word: String) -> Bool {
        if let words = SmallWordSlots.words(of: word) { return small.entryIndex(of: words) != nil }
        return self[word] != nil
    }
}

extension WordTable: Sendable where Value: Sendable {}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }
}

/// A fixed set of words, read per token: answers as a `Set<String>` of the same words would (see
/// ``WordTable``).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init<Words: Sequence<String>>(_ words: Words) {
        table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral words: String...) { self.init(words) }

    var count: Int { table.count }

    func contains(_ word: String) -> Bool { table.contains(word) }

    /// These words and some more.
    func union<Words: Sequence<String>>(_ words: Words) -> WordSet { WordSet(table.keys + words) }

    /// The words of both sets.
    func union(_ other: WordSet) -> WordSet { WordSet(table.keys + other.table.keys) }

    /// These words less some.
    func subtracting<Words: Sequence<String>>(_ words: Words) -> WordSet {
        let removed = Set(words)
        return WordSet(table.keys.filter { !removed.contains($0) })
    }
}

extension WordTable {
    /// `self[token.lower]`, looked up by the token's own two words when it is a small ASCII string
    /// (``Token/smallLowerWords``): no lowercase string made, copied or compared.
    @inline(__always)
    subscript(lowerOf token: Token) -> Value? {
        if let words = token.smallLowerWords { return small.entryIndex(of: words).map { asciiEntries[$0].value } }
        return self[token.lower]
    }

    /// `contains(token.lower)`, the same way as ``subscript(lowerOf:)``.
    @inline(__always)
    func contains(lowerOf token: Token) -> Bool {
        if let words = token.smallLowerWords { return small.entryIndex(of: words) != nil }
        return contains(token.lower)
    }
}

extension WordSet {
    /// `contains(token.lower)`, read from the token's own words (see ``WordTable/contains(lowerOf:)``).
    @inline(__always)
    func contains(lowerOf token: Token) -> Bool { table.contains(lowerOf: token) }
}
