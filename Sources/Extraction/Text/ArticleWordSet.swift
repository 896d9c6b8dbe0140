/// A set of words gathered from an article's tokens and asked per token (the words an article writes in
/// lowercase, say): answers as a `Set<String>` of the same words would, without Swift's seeded hasher for
/// a small ASCII word (15 bytes or fewer, most tokens), which is filed and found by the two words Swift
/// keeps it in (see ``SmallWordSlots``), in an open-addressed table at most half full.
///
/// Any other word goes to an ordinary `Set<String>`. Swift compares strings by canonical equivalence,
/// and a few non-ASCII scalars are canonically one ASCII character (``asciiEquivalent(of:)``): a word
/// holding them is filed, and looked for, under its ASCII form as well, so that both halves answer as
/// one set would.
struct ArticleWordSet: ExpressibleByArrayLiteral {
    /// Per slot: a small ASCII word's two words; `filled` says which slots hold one.
    private var low: [UInt64]
    private var high: [UInt64]
    private var filled: [Bool]
    private var smallCount = 0
    /// The slot count is 2^(64 - shift).
    private var shift: UInt64
    /// Every word that is not a small ASCII string.
    private var others: Set<String> = []

    init() {
        low = Array(repeating: 0, count: 64)
        high = Array(repeating: 0, count: 64)
        filled = Array(repeating: false, count: 64)
        shift = 64 - 6
    }

    init(arrayLiteral words: String...) {
        self.init()
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) {
        if let words = SmallWordSlots.words(of: word) {
            insertSmall(words)
            return
        }
        others.insert(word)
        if let ascii = Self.asciiEquivalent(of: word) { insert(ascii) }
    }

    func contains(_ word: String) -> Bool {
        if let words = SmallWordSlots.words(of: word) { return slot(of: words).found }
        if others.contains(word) { return true }
        return Self.asciiEquivalent(of: word).map(contains) ?? false
    }

    /// The slot that holds `words`, or the empty slot where they would go.
    @inline(__always)
    private func slot(of words: (low: UInt64, high: UInt64)) -> (index: Int, found: Bool) {
        let mask = filled.count - 1
        var slot = Int(SmallWordSlots.hash(words) >> shift)
        while filled[slot] {
            if low[slot] == words.low && high[slot] == words.high { return (slot, true) }
            slot = (slot + 1) & mask
        }
        return (slot, false)
    }

    private mutating func insertSmall(_ words: (low: UInt64, high: UInt64)) {
        let (index, found) = slot(of: words)
        guard !found else { return }
        (low[index], high[index], filled[index]) = (words.low, words.high, true)
        smallCount += 1
        if smallCount * 2 > filled.count { grow() }
    }

    private mutating func grow() {
        let old = (low: low, high: high, filled: filled)
        let count = filled.count * 2
        low = Array(repeating: 0, count: count)
        high = Array(repeating: 0, count: count)
        filled = Array(repeating: false, count: count)
        shift -= 1
        for k in old.filled.indices where old.filled[k] {
            let index = slot(of: (old.low[k], old.high[k])).index
            (low[index], high[index], filled[index]) = (old.low[k], old.high[k], true)
        }
    }

    /// The scalars whose canonical decomposition is one ASCII character: KELVIN SIGN (`K`), GREEK
    /// QUESTION MARK (`;`), GREEK VARIA (`` ` ``). (`ArticleWordSetTests` checks every scalar.)
    static let asciiSingletons: [UInt32: Unicode.Scalar] = [0x212A: "K", 0x037E: ";", 0x1FEF: "`"]

    /// The ASCII string a non-ASCII word is canonically equivalent to, when it is one: every scalar ASCII
    /// or one of ``asciiSingletons``. Nil for an ASCII word and for any other.
    static func asciiEquivalent(of word: String) -> String? {
        guard word.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var ascii = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                ascii.append(scalar)
            } else if let single = asciiSingletons[scalar.value] {
                ascii.append(single)
            } else {
                return nil
            }
        }
        return String(ascii)
    }
}
