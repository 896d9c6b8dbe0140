extension Unicode.Scalar {
    /// Whitespace, answered from a table for ASCII (the common case) and from Unicode's properties
    /// otherwise; `properties.isWhitespace` alone is a slow lookup on the hot path.
    @inlinable public var isTextWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// Uppercase letter, with an ASCII fast path.
    @inlinable public var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    /// Any letter, with an ASCII fast path.
    @inlinable public var isLetter: Bool {
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return properties.isAlphabetic
    }
}
