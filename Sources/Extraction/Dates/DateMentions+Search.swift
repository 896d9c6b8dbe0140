/// A paragraph's date mentions stand in reading order, none overlapping (the date pass reads each sentence
/// left to right, sentence after sentence, and ``ArticleExtractor/datesByParagraph(_:)`` keeps that order):
/// the one starting at a character, or those starting in a stretch of characters, are found by binary search,
/// not by reading every mention of the paragraph (a paragraph of thousands of sentences holds thousands).
extension ArraySlice where Element == DateMention {
    /// Index of the first mention starting at character `offset` or after it (`endIndex` if none).
    func firstIndex(startingFrom offset: Int) -> Index {
        partitionPoint { $0.span.start >= offset }
    }

    /// The mention starting at character `offset`, if any.
    func mention(startingAt offset: Int) -> DateMention? {
        let index = firstIndex(startingFrom: offset)
        return index < endIndex && self[index].span.start == offset ? self[index] : nil
    }

    /// The mentions starting at a character of `characters`, in order.
    func mentions(startingIn characters: Range<Int>) -> ArraySlice<DateMention> {
        let first = firstIndex(startingFrom: characters.lowerBound)
        return self[first..<Swift.max(first, firstIndex(startingFrom: characters.upperBound))]
    }
}
