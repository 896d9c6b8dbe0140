import Foundation

extension Substring {
    /// The text without the spaces and tabs at its ends, exactly as `trimmingCharacters(in: .whitespaces)`
    /// gives it, but read from its first and last bytes first: when both are ASCII and neither a space nor a
    /// tab (every field of a hand-made word list), nothing is trimmed and Foundation is not called (it took
    /// thousands of instructions a field, a sixth of loading the word lists). `.whitespaces` holds no other
    /// ASCII character than those two.
    func trimmingWhitespace() -> String {
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
            first != UInt8(ascii: " "), first != UInt8(ascii: "\t"), last != UInt8(ascii: " "),
            last != UInt8(ascii: "\t")
        {
            return String(self)
        }
        return trimmingCharacters(in: .whitespaces)
    }
}
