/// A token's lowercase form read in place: most tokens are small ASCII strings, whose lowercase form is
/// two machine words (``SmallASCIILowercase``), so a look-up or a comparison per token needs no string made,
/// retained or compared the general way. Each answers exactly as the same question asked of ``Token/lower``.
extension Token {
    /// The two words of ``lower`` as ``SmallWordSlots/words(of:)`` gives them, when the text is a small ASCII
    /// string; nil for any other text.
    @inline(__always)
    var smallLowerWords: (low: UInt64, high: UInt64)? {
        guard let words = SmallWordSlots.words(of: text) else { return nil }
        if shape.contains(.lowercase) { return words }
        return (SmallASCIILowercase.lowered(words.low), SmallASCIILowercase.lowered(words.high))
    }

    /// Whether ``lower`` is `word` (`lower == word`): two small ASCII strings are equal exactly when their
    /// words are, so those are compared in place.
    @inline(__always)
    func lowerIs(_ word: String) -> Bool {
        if let mine = smallLowerWords, let theirs = SmallWordSlots.words(of: word) { return mine == theirs }
        return lower == word
    }
}

extension Token {
    /// Whether ``lower`` is one of `words` (`words.contains(lower)`), each compared as ``lowerIs(_:)`` does.
    @inline(__always)
    func lowerIs(oneOf words: [String]) -> Bool {
        guard let mine = smallLowerWords else { return words.contains(lower) }
        return words.contains { word in SmallWordSlots.words(of: word).map { $0 == mine } ?? (lower == word) }
    }
}
