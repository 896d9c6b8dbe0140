/// Page furniture inside a body paragraph that names no one the article is about: the page's header
/// (``PageHeaderFurniture``), tag lists run into a sentence, reporters' sign-offs, page labels (time zones, agencies' standards trailers)
/// and the page's tail after a related-links label (``relatedLinksTail(in:)``). No name is
/// read there, not even a known one: a known name in a tag list would take the place of its mention in
/// the sentence it belongs to.
extension EntityExtractor {
    /// Token ranges of a paragraph's tag lists, sign-offs and page labels, in order.
    static func furnitureRanges(in paragraph: AnalyzedArticle.AnalyzedParagraph) -> [Range<Int>] {
        let tokens = paragraph.tokens
        var ranges: [Range<Int>] = []
        // (The page's header furniture first: the sentences' own pieces after it, in order.)
        if let header = paragraph.headerFurniture, !header.isEmpty { ranges.append(header) }
        for sentence in paragraph.sentences {
            if isSignOff(sentence, in: tokens) {
                ranges.append(sentence)
            } else {
                var pieces = tagListStretches(in: tokens, sentence: sentence)
                for label in pageLabelRanges(in: tokens, sentence: sentence)
                where !pieces.contains(where: { $0.overlaps(label) }) {
                    pieces.append(label)
                }
                ranges.append(contentsOf: pieces.sorted { $0.lowerBound < $1.lowerBound })
            }
        }
        if paragraph.headerFurniture != nil { ranges.sort { $0.lowerBound < $1.lowerBound } }
        // The page's tail after a related-links label: every range before it, then the tail to the end.
        if let tail = relatedLinksTail(in: tokens) {
            ranges = ranges.compactMap { range in
                range.lowerBound >= tail.lowerBound ? nil : range.lowerBound..<min(range.upperBound, tail.lowerBound)
            }
            ranges.append(tail)
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
