/// The keys of a ``WordTable`` that fit a small string (15 ASCII bytes or fewer), held as the two words a
/// small Swift string keeps its bytes in (see ``SmallASCIILowercase``): a small ASCII word is looked up by
/// its own two words, hashed with two multiplications and compared with two integer comparisons, with no
/// copy of the string and no loop over its bytes. Most tokens, and most lexicon keys, are such strings.
///
/// Two ASCII strings are equal exactly when their bytes are, and a small string's two words are its bytes
/// followed by zeros (once its count and flags are cleared from the last byte), so comparing the words
/// answers as comparing the strings does. A word that is not a small ASCII string (a long one, one outside
/// ASCII) gives nil from ``words(of:)``, and the caller takes the general way.
struct SmallWordSlots: Sendable {
    /// Per slot: a key's two words and its entry index in the table (-1 for an empty slot).
    private let low: [UInt64]
    private let high: [UInt64]
    private let entry: [Int32]
    /// The slot count is 2^(64 - shift): a hash's top bits pick the first slot to look in.
    private let shift: UInt64

    /// Files the keys of at most 15 bytes (the others can equal no small word); `keys` must all be ASCII.
    init(keys: [String]) {
        var count = 8
        while count < keys.count * 2 { count *= 2 }
        var low = [UInt64](repeating: 0, count: count)
        var high = [UInt64](repeating: 0, count: count)
        var entry = [Int32](repeating: -1, count: count)
        let shift = UInt64(64 - count.trailingZeroBitCount)
        for (index, key) in keys.enumerated() {
            guard let words = Self.words(ofASCIIBytes: Array(key.utf8)) else { continue }
            var slot = Int(Self.hash(words) >> shift)
            while entry[slot] >= 0 { slot = (slot + 1) & (count - 1) }
            (low[slot], high[slot], entry[slot]) = (words.low, words.high, Int32(index))
        }
        self.low = low
        self.high = high
        self.entry = entry
        self.shift = shift
    }

    /// The entry index of the key `words` spell, or nil when no key does.
    @inline(__always)
    func entryIndex(of words: (low: UInt64, high: UInt64)) -> Int? {
        let mask = entry.count - 1
        var slot = Int(Self.hash(words) >> shift)
        while true {
            let index = entry[slot]
            if index < 0 { return nil }
            if low[slot] == words.low && high[slot] == words.high { return Int(index) }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    static func hash(_ words: (low: UInt64, high: UInt64)) -> UInt64 {
        (words.low ^ words.high &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    }

    /// The two words of `text` when it is a small ASCII string (its bytes, then zeros), or nil.
    @inline(__always)
    static func words(of text: String) -> (low: UInt64, high: UInt64)? {
        #if _endian(little) && _pointerBitWidth(_64)
        guard MemoryLayout<String>.size == 16 else { return nil }
        let (low, high) = unsafeBitCast(text, to: (UInt64, UInt64).self)
        guard high >> 60 == 0xE else { return nil }
        return (low, high & 0x00FF_FFFF_FFFF_FFFF)
        #else
        return nil
        #endif
    }

    /// The two words a small string of these ASCII bytes holds them in, or nil when there are more than 15.
    static func words(ofASCIIBytes bytes: [UInt8]) -> (low: UInt64, high: UInt64)? {
        guard bytes.count <= 15 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for (k, byte) in bytes.enumerated() {
            if k < 8 { low |= UInt64(byte) << UInt64(8 * k) } else { high |= UInt64(byte) << UInt64(8 * (k - 8)) }
        }
        return (low, high)
    }
}
