/// A one-bit-per-hash filter over the names of a gazetteer table, asked before the table: when it says
/// no, no name of the table equals the one asked, and the lookup (Swift's seeded hash of the name) is
/// skipped. Most spans the entity pass asks about are no place at all.
///
/// Only ASCII names are hashed: the bytes of a small string are read as the two words Swift keeps them in
/// (``SmallWordSlots``), longer ones byte by byte. Swift compares strings by canonical equivalence, and an
/// ASCII string equals only its own bytes or a name holding one of the few scalars that are canonically
/// ASCII (``ArticleWordSet/asciiEquivalent(of:)``): such a name is filed under its ASCII form too. A name
/// asked that is not ASCII always passes (the table decides).
struct NameFilter: Sendable {
    private var bits: [UInt64]
    /// The bit count is 2^(64 - shift).
    private let shift: UInt64

    /// A filter of 2^`log2Bits` bits.
    init(log2Bits: Int) {
        bits = Array(repeating: 0, count: max(1, (1 << log2Bits) / 64))
        shift = UInt64(64 - log2Bits)
    }

    mutating func insert(_ name: String) {
        if let hash = Self.asciiHash(name) {
            let bit = Int(hash >> shift)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        } else if let ascii = ArticleWordSet.asciiEquivalent(of: name) {
            insert(ascii)
        }
    }

    /// False only when no name filed can equal `name`.
    @inline(__always)
    func mayContain(_ name: String) -> Bool {
        guard let hash = Self.asciiHash(name) else { return true }
        let bit = Int(hash >> shift)
        return bits[bit >> 6] >> UInt64(bit & 63) & 1 != 0
    }

    /// The hash of an ASCII string's bytes (the same for a small string and a large one of the same bytes);
    /// nil for a string that is not ASCII.
    @inline(__always)
    private static func asciiHash(_ name: String) -> UInt64? {
        if let words = SmallWordSlots.words(of: name) { return SmallWordSlots.hash(words) }
        var name = name
        return name.withUTF8 { bytes -> UInt64? in
            var low: UInt64 = 0, high: UInt64 = 0
            var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
            for (k, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                if k < 8 { low |= UInt64(byte) << UInt64(8 * k) } else if k < 16 { high |= UInt64(byte) << UInt64(8 * (k - 8)) }
                fnv = (fnv ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return bytes.count <= 15 ? SmallWordSlots.hash((low, high)) : fnv &* 0x9E37_79B9_7F4A_7C15
        }
    }
}
