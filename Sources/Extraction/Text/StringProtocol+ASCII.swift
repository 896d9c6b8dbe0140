extension StringProtocol {
    /// Whether the text holds the ASCII character `mark`, read byte by byte. (`text.contains("-")` with a
    /// string literal picks Foundation's substring search, which goes through `NSString` on every call.)
    @inline(__always)
    func contains(ascii mark: Unicode.Scalar) -> Bool { utf8.contains(UInt8(ascii: mark)) }
}

extension String {
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
                start = i
            }
            i = utf8.index(after: i)
        }
        if let wordStart = start { words.append(self[wordStart..<i]) }
        return words
    }
}
