/// The quote as stored: its text without the marks, or nothing for scare quotes and a headline's phrase.
extension QuoteExtractor {
    /// The quote as stored, or nil when it is dropped (scare quotes, a headline's quoted phrase).
    func quote(_ q: Int, in p: QuoteParagraph, speaker: String?) -> Quote? {
        let span = p.spans[q]
        let tokens = p.tokens
        let words = QuoteMarks.words(in: tokens, span.content)
        let context = clause(before: q, in: p)
        let partial = isPartial(span, context: context, in: p)
        if p.paragraph.kind == .headline {
            // `Khamenei says strike a ‘slap in the face’ for US`: a headline's phrase, not its quote.
            let wordBefore = span.open > 0 && tokens[span.open - 1].kind != .punctuation
            let wordAfter = span.close.map { $0 + 1 < tokens.count && tokens[$0 + 1].kind != .punctuation } ?? false
            if wordBefore && wordAfter { return nil }
        }
        if partial && words <= 1 { return nil }
        if p.isTitleInList(q) { return nil }
        if partial && p.isTitleBeforeItsNoun(q) { return nil }
        // `CNBC's "Trading Nation"`: a short title in capitals names a show or a campaign.
        if partial && words <= 4 && !span.content.contains(where: { tokens[$0].isWord && !tokens[$0].isCapitalized }) {
            return nil
        }
        if speaker == nil && (partial || words <= 3) { return nil }

        let scalars = p.paragraph.scalars
        var start = tokens[span.open].end
        var end = span.contentEnd < tokens.count ? tokens[span.contentEnd].start : scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace || scalars[end - 1] == "," { end -= 1 }
        guard start < end else { return nil }
        return Quote(
            span: TextSpan(paragraph: p.position, start: start, end: end),
            text: p.paragraph.text(from: start, to: end), speaker: speaker)
    }
}
