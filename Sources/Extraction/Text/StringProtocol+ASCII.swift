extension StringProtocol {
    /// Whether the text holds the ASCII character `mark`, read byte by byte. (`text.contains("-")` with a
    /// string literal picks Foundation's substring search, which goes through `NSString` on every call.)
    @inline(__always)
    func contains(ascii mark: Unicode.Scalar) -> Bool { utf8.contains(UInt8(ascii: mark)) }
}

extension String {
    /// Whether the text holds the ASCII character `mark`, as `utf8.contains(UInt8(ascii: mark))` answers, without
    /// an index of the UTF-8 view per byte: a small ASCII string (most words) is read eight bytes at a time from
    /// the two words Swift keeps it in (see ``SmallWordSlots``), any other over its contiguous bytes. (A `String`
    /// takes this one rather than ``StringProtocol/contains(ascii:)``.)
    @inline(__always)
    func contains(ascii mark: Unicode.Scalar) -> Bool {
        let byte = UInt8(ascii: mark)
        // (The bytes after a small string's text are zeros: they could only match a NUL, which goes the general way.)
        if byte != 0, let (low, high) = SmallWordSlots.words(of: self) {
            return Self.holds(byte, in: low) || Self.holds(byte, in: high)
        }
        return utf8.withContiguousStorageIfAvailable { bytes in
            for candidate in bytes where candidate == byte { return true }
            return false
        } ?? utf8.contains(byte)
    }

    /// Whether one of the eight bytes of `bytes` is `byte`: a byte of `x` is zero exactly where it is.
    @inline(__always)
    private static func holds(_ byte: UInt8, in bytes: UInt64) -> Bool {
        let x = bytes ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether the text ends in `suffix`, as `hasSuffix(_:)` answers, without a character-by-character walk when
    /// both are small ASCII strings (most words against `"s"`, `"ies"`): their bytes are compared from the two
    /// words Swift keeps each in (see ``SmallWordSlots``). In ASCII every byte is a character but a carriage
    /// return before a line feed, so the bytes answer as the characters do for any suffix that does not begin
    /// with a line feed; such a suffix, and any other text, goes the general way.
    @inline(__always)
    func hasASCIISuffix(_ suffix: String) -> Bool {
        guard let mine = SmallWordSlots.words(of: self), let theirs = SmallWordSlots.words(of: suffix),
            theirs.low & 0xFF != UInt64(UInt8(ascii: "\n"))
        else { return hasSuffix(suffix) }
        let count = utf8.count
        let suffixCount = suffix.utf8.count
        guard suffixCount <= count else { return false }
        for k in 0..<suffixCount {
            if Self.byte(k, of: theirs) != Self.byte(count - suffixCount + k, of: mine) { return false }
        }
        return true
    }

    /// Byte `index` (below 16) of a small string's two words.
    @inline(__always)
    private static func byte(_ index: Int, of words: (low: UInt64, high: UInt64)) -> UInt8 {
        index < 8 ? UInt8(truncatingIfNeeded: words.low >> UInt64(8 * index))
            : UInt8(truncatingIfNeeded: words.high >> UInt64(8 * (index - 8)))
    }

    /// Whether the text holds a hyphen-minus, as `utf8.contains(UInt8(ascii: "-"))` answers (see
    /// ``contains(ascii:)``).
    var containsHyphenMinus: Bool { contains(ascii: "-") }

    /// The words of the text between spaces, exactly as `split(separator: " ")` gives them: read byte by
    /// byte when the text is ASCII (where every byte is a character), the general way otherwise.
    func wordsBetweenSpaces() -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            guard byte < 0x80 else { return split(separator: " ") }
            if byte == UInt8(ascii: " ") {
                if let wordStart = start { words.append(self[wordStart..<i]) }
                start = nil
            } else if start == nil {
                // (Room for a name's few words at once: grown a word at a time, the array was made three times.)
                if words.isEmpty { words.reserveCapacity(4) }
                start = i
            }
            i = utf8.index(after: i)
        }
        if let wordStart = start { words.append(self[wordStart..<i]) }
        return words
    }
}
