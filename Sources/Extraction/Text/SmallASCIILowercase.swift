/// The lowercase form of a short ASCII string, made from the string's own two words.
///
/// Swift keeps a string of at most 15 UTF-8 bytes inline, without an allocation: on a 64-bit little-endian
/// machine its two words hold the bytes, zeros after them, and a last byte whose high nibble is `0xE` when
/// the string is small and ASCII (its low nibble is the count). The lowercase form of such a string is the
/// same two words with `A`–`Z` turned into `a`–`z`, eight bytes at a time: no copy, no allocation and no
/// UTF-8 check (`String(unsafeUninitializedCapacity:)` checks what it is given). Most tokens are such
/// strings, and the passes ask a capitalised token's lowercase form many times (``Token/lower``).
///
/// Any other string gives nil, and the caller takes the general way. `SmallASCIILowercaseTests` compares
/// the result with the general way's, so a string layout that changed would fail there.
enum SmallASCIILowercase {
    /// `text` lowercased (ASCII letters only), or nil when `text` is not a small ASCII string.
    @inline(__always)
    static func lowercased(_ text: String) -> String? {
        #if _endian(little) && _pointerBitWidth(_64)
        guard MemoryLayout<String>.size == 16 else { return nil }
        let (low, high) = unsafeBitCast(text, to: (UInt64, UInt64).self)
        guard high >> 60 == 0xE else { return nil }
        let flags: UInt64 = 0xFF00_0000_0000_0000
        return unsafeBitCast((lowered(low), lowered(high & ~flags) | high & flags), to: String.self)
        #else
        return nil
        #endif
    }

    /// Eight ASCII bytes (each below 0x80) with every byte from `A` to `Z` given its 0x20 bit: a byte plus
    /// 0x3F reaches 0x80 from `A` (0x41) up, a byte plus 0x25 from `[` (0x5B) up, and neither carries
    /// into the next byte.
    @inline(__always)
    static func lowered(_ bytes: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let fromA = (bytes &+ 0x3F3F_3F3F_3F3F_3F3F) & high
        let pastZ = (bytes &+ 0x2525_2525_2525_2525) & high
        return bytes | (fromA & ~pastZ) >> 2
    }
}
