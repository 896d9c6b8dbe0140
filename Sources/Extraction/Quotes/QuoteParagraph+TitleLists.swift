// `hits including "Rolling Home," "Blue River" and "Go Slow."`: a run of quoted titles is a list of
// names (songs, books, slogans), not quotations; so is a title before the noun it names (`the "Bring Them
// Home" campaign`).

extension QuoteParagraph {
    /// Whether quote `q` is a short title in capitals with another such title right before or after it,
    /// nothing but punctuation, `and` or `or` between them.
    func isTitleInList(_ q: Int) -> Bool {
        guard isShortTitle(q) else { return false }
        return q > 0 && isListGap(spans[q - 1], spans[q]) && isShortTitle(q - 1)
            || q + 1 < spans.count && isListGap(spans[q], spans[q + 1]) && isShortTitle(q + 1)
    }

    /// `the "Bring Them Home" campaign`, `its "Roads for All" programme`: a short title right before a
    /// lowercase noun (`campaign`, `scheme`, `greeting`) is that thing's name, used as a modifier, not a
    /// quotation. (Not `"Gone for Good" was all he said`: a verb after it.)
    func isTitleBeforeItsNoun(_ q: Int) -> Bool {
        guard let close = spans[q].close, close + 1 < tokens.count, spans[q].open > 0, isShortTitle(q),
            Self.wordsBeforeATitle.contains(lowerOf: tokens[spans[q].open - 1])
        else { return false }
        let next = tokens[close + 1]
        return next.isWord && next.startsLowercase && EnglishWords.bundled.partOfSpeech(of: next.lower) == .noun
    }

    /// Determiners and possessives before a title used as a modifier (`the "X" campaign`, `its "X" scheme`,
    /// `the firm's "X" programme`); `"Death To Tyrants" crowds chanted` has none.
    static let wordsBeforeATitle: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "'s", "\u{2019}s",
    ]

    /// Small words a title leaves in lowercase (`Night Train to Memphis`).
    static let titleSmallWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "with", "at", "by",
    ]

    /// At most eight words, every one capitalised or a small word, the first capitalised, no full stop inside.
    private func isShortTitle(_ q: Int) -> Bool {
        let span = spans[q]
        guard span.close != nil, QuoteMarks.words(in: tokens, span.content) <= 8 else { return false }
        var first = true
        for k in span.content {
            let token = tokens[k]
            if token.kind == .punctuation {
                if token.text == "." && k + 1 < span.contentEnd { return false }
                continue
            }
            guard token.isCapitalized || token.isNumber || !first && Self.titleSmallWords.contains(token.lower)
            else { return false }
            first = false
        }
        return !first
    }

    private func isListGap(_ earlier: QuoteMarks.Span, _ later: QuoteMarks.Span) -> Bool {
        guard let close = earlier.close, close < later.open else { return false }
        for k in (close + 1)..<later.open
        where !(tokens[k].kind == .punctuation && tokens[k].text != "." || tokens[k].lowerIs(oneOf: ["and", "or"])) {
            return false
        }
        return true
    }
}
