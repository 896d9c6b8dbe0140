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
    /// A key's two words and its entry index in the table (-1 for an empty slot), side by side: a look-up
    /// reads one slot, in one cache line, rather than three arrays in three places.
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var entry: Int32 = -1
    }
    private let slots: [Slot]
    /// The slot count is 2^(64 - shift): a hash's top bits pick the first slot to look in.
    private let shift: UInt64

    /// Files the keys of at most 15 bytes (the others can equal no small word); `keys` must all be ASCII.
    init(keys: [String]) {
        var count = 8
        while count < keys.count * 2 { count *= 2 }
        var slots = [Slot](repeating: Slot(), count: count)
        let shift = UInt64(64 - count.trailingZeroBitCount)
        for (index, key) in keys.enumerated() {
            guard let words = Self.words(ofASCIIBytes: Array(key.utf8)) else { continue }
            var slot = Int(Self.hash(words) >> shift)
            while slots[slot].entry >= 0 { slot = (slot + 1) & (count - 1) }
            slots[slot] = Slot(low: words.low, high: words.high, entry: Int32(index))
        }
        self.slots = slots
        self.shift = shift
    }

    /// The entry index of the key `words` spell, or nil when no key does.
    @inline(__always)
    func entryIndex(of words: (low: UInt64, high: UInt64)) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            // (In range: the hash's top bits pick one of the 2^(64 - shift) slots, and the mask keeps it there.)
            var slot = Int(Self.hash(words) >> shift)
            while true {
                let candidate = slots[slot]
                if candidate.entry < 0 { return nil }
                if candidate.low == words.low && candidate.high == words.high { return Int(candidate.entry) }
                slot = (slot + 1) & mask
            }
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
