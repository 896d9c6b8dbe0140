extension StringProtocol {
    /// Whether the text holds the ASCII character `mark`, read byte by byte. (`text.contains("-")` with a
    /// string literal picks Foundation's substring search, which goes through `NSString` on every call.)
    @inline(__always)
    func contains(ascii mark: Unicode.Scalar) -> Bool { utf8.contains(UInt8(ascii: mark)) }
}
