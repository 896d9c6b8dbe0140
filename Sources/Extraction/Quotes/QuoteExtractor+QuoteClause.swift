/// Where a quote stands in its sentence: the words of its clause before it, whether it is partial, and
/// whether its words end a sentence.
extension QuoteExtractor {
    /// The words of the quote's own clause before its opening mark: from the sentence's start or the
    /// previous quote's end.
    func clause(before q: Int, in p: QuoteParagraph) -> (start: Int, hasWords: Bool) {
        let span = p.spans[q]
        var start = p.sentenceStart[span.open]
        if q > 0 {
            let previous = p.spans[q - 1]
            start = max(start, (previous.close ?? (previous.contentEnd - 1)) + 1)
        }
        let hasWords = (start..<span.open).contains { p.tokens[$0].kind != .punctuation }
        return (start, hasWords)
    }

    /// A quote inside a sentence (`bringing "war and hostility"`) rather than one that is a sentence
    /// or follows its attribution (`said: "…"`, `said, "…"`).
    func isPartial(_ span: QuoteMarks.Span, context: (start: Int, hasWords: Bool), in p: QuoteParagraph) -> Bool {
        let tokens = p.tokens
        guard let first = span.content.first(where: { tokens[$0].kind != .punctuation }) else { return true }
        let capital = tokens[first].isCapitalized || tokens[first].isNumber
        guard context.hasWords else { return !capital }
        var last = span.open - 1
        while last >= context.start, tokens[last].kind == .punctuation, !tokens[last].isPunctuation(":"),
            !tokens[last].isPunctuation(",")
        {
            last -= 1
        }
        guard last >= context.start, capital else { return true }
        return
            !(tokens[last].isPunctuation(":") || tokens[last].isPunctuation(",")
            || p.verbs[last] != nil && !QuoteLexicon.namingVerbs.contains(lowerOf: tokens[last])
            || tokens[last].lowerIs("that"))
    }

    /// Whether the quoted words end a sentence: a full stop, ellipsis, `?` or `!` before the
    /// closing mark (past an inner closing quote or bracket).
    func endsSentence(_ span: QuoteMarks.Span, in p: QuoteParagraph) -> Bool {
        var k = span.contentEnd - 1
        while k > span.open, ["\u{2019}", "'", ")", "]"].contains(p.tokens[k].text) { k -= 1 }
        return k > span.open && [".", "\u{2026}", "?", "!"].contains(p.tokens[k].text)
    }

    /// Whether the quoted words end with a full stop (not `?`, `!` or an ellipsis).
    func fullStop(_ span: QuoteMarks.Span, in p: QuoteParagraph) -> Bool {
        var k = span.contentEnd - 1
        while k > span.open, ["\u{2019}", "'", ")", "]"].contains(p.tokens[k].text) { k -= 1 }
        return k > span.open && p.tokens[k].text == "."
    }
}
