/// Trims and collapses every run of whitespace (spaces, tabs, newlines, no-break spaces) to one space.
///
/// Works on the UTF-8 bytes: text that is already collapsed (the common case: a paragraph read once and
/// hashed later) is returned as it is, without a copy; otherwise the bytes are copied once.
public func collapseWhitespace(_ text: String) -> String {
    var text = text
    let collapsed: String? = text.withUTF8 { bytes in
        WhitespaceCollapsing.isCollapsed(bytes) ? nil : WhitespaceCollapsing.collapsed(bytes)
    }
    return collapsed ?? text
}

/// The byte-level work behind ``collapseWhitespace(_:)``.
enum WhitespaceCollapsing {
    /// The length in bytes of the whitespace scalar starting at `index`, or 0 when none starts there.
    /// Unicode's White_Space property: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A,
    /// U+2028, U+2029, U+202F, U+205F, U+3000 (the same as ``Unicode/Scalar/isTextWhitespace``; a test
    /// compares the two over every scalar).
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) ? 1 : 0 }
        let count = bytes.count
        switch lead {
        case 0xC2:
            guard index + 1 < count else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 {
                return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether `bytes` has no whitespace but single spaces between other characters.
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true  // so that a leading space counts as one to collapse
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if byte < 0x80 ? (byte >= 0x09 && byte <= 0x0D) : whitespaceLength(bytes, at: index) > 0 {
                return false  // whitespace other than a space
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || bytes.isEmpty
    }

    /// The text of `bytes` trimmed, with each run of whitespace made one space.
    static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var written = 0
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let length = whitespaceLength(bytes, at: index)
                if length > 0 {
                    pendingSpace = written > 0
                    index += length
                    continue
                }
                if pendingSpace {
                    out[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                out[written] = bytes[index]
                written += 1
                index += 1
            }
            return written
        }
    }
}
