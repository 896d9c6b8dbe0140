/// Page furniture inside a body paragraph that names no one the article is about: tag lists run into a
/// sentence and reporters' sign-offs. No name is read there, not even a known one: a known name in a
/// tag list would take the place of its mention in the sentence it belongs to.
extension EntityExtractor {
    /// Token ranges of a paragraph's tag lists and sign-offs, in order.
    static func furnitureRanges(in paragraph: AnalyzedArticle.AnalyzedParagraph) -> [Range<Int>] {
        let tokens = paragraph.tokens
        var ranges: [Range<Int>] = []
        for sentence in paragraph.sentences {
            if isSignOff(sentence, in: tokens) {
                ranges.append(sentence)
            } else {
                ranges.append(contentsOf: tagListStretches(in: tokens, sentence: sentence))
            }
        }
        return ranges
    }

    /// The parts of `range` outside the furniture ranges (sorted, not overlapping each other).
    static func outsideFurniture(_ range: Range<Int>, furniture: [Range<Int>]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for piece in furniture where piece.overlaps(range) {
            if start < piece.lowerBound { pieces.append(start..<piece.lowerBound) }
            start = max(start, piece.upperBound)
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }
}
