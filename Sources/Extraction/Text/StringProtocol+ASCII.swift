extension StringProtocol {
    /// Whether the text holds the ASCII character `mark`, read byte by byte. (`text.contains("-")` with a
    /// string literal picks Foundation's substring search, which goes through `NSString` on every call.)
    @inline(__always)
    func contains(ascii mark: Unicode.Scalar) -> Bool { utf8.contains(UInt8(ascii: mark)) }
}

extension String {
    /// Whether the text holds a hyphen-minus, as `utf8.contains(UInt8(ascii: "-"))` answers: a small ASCII
    /// string (most words) is read eight bytes at a time from the two words Swift keeps it in (see
    /// ``SmallWordSlots``), any other byte by byte.
    var containsHyphenMinus: Bool {
        guard let (low, high) = SmallWordSlots.words(of: self) else { return utf8.contains(UInt8(ascii: "-")) }
        // (A byte of `x` is zero exactly where the text's byte is `-`; the bytes after the text are zeros, never `-`.)
        @inline(__always) func holdsHyphen(_ bytes: UInt64) -> Bool {
            let x = bytes ^ 0x2D2D_2D2D_2D2D_2D2D
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
        }
        return holdsHyphen(low) || holdsHyphen(high)
    }

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
