/// A short ASCII string made from its bytes directly, in the two words Swift keeps it in.
///
/// Swift keeps a string of at most 15 UTF-8 bytes inline (see ``SmallASCIILowercase``): on a 64-bit
/// little-endian machine its two words hold the bytes, zeros after them, and a last byte `0xE0 | count` when
/// every byte is ASCII. Bytes already known to be ASCII (a token's, a slice of an ASCII paragraph) need neither
/// `String(decoding:as:)`'s validation nor its copy: the string is the two words. Most tokens are such strings.
///
/// More than 15 bytes, or another layout, gives nil, and the caller takes the general way.
/// `SmallASCIIStringTests` compares every result with `String(decoding:as:)`'s, bit for bit.
enum SmallASCIIString {
    /// The string of `bytes`, which must all be ASCII (below 0x80), or nil when there are more than 15.
    @inline(__always)
    static func make(ascii bytes: UnsafeBufferPointer<UInt8>) -> String? {
        #if _endian(little) && _pointerBitWidth(_64)
            guard MemoryLayout<String>.size == 16, bytes.count <= 15 else { return nil }
            var low: UInt64 = 0
            var high: UInt64 = 0
            for k in 0..<bytes.count {
                let byte = UInt64(bytes[k])
                if k < 8 { low |= byte << UInt64(8 * k) } else { high |= byte << UInt64(8 * (k - 8)) }
            }
            high |= UInt64(0xE0 | bytes.count) << 56
            return unsafeBitCast((low, high), to: String.self)
        #else
            return nil
        #endif
    }
}
