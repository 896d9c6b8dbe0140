/// `Air raids on Tovin killed 42 people, a monitor said on Friday, giving an updated toll`, `The death toll
/// from the raids has risen to 61, the monitor said on Tuesday`: the day of saying in the sentence of a
/// toll the text gives as updated dates the update, not the incident, which came before it on a day the
/// sentence does not give. Such a count takes no date from its clause (nor from the page's dateline before
/// it); the incident views fall back to the article's date and say so.
extension ArticleExtractor {
    /// Whether the sentence holding token `token` gives its toll as an update: `updated`, `new`, `revised`
    /// or `latest` right before `toll` (`death` may stand between), `raising` or `bringing the toll`, or
    /// `toll` and later a verb of rising (`the toll has risen to 61`). Reads the sentence once.
    static func tellsOfAnUpdatedToll(
        _ sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let tokens = paragraph.tokens
        var sawToll = false
        for k in sentence {
            let word = tokens[k].lower
            if sawToll, FigureLexicon.tollRiseVerbs.contains(word) { return true }
            guard tollNouns.contains(word) else { continue }
            sawToll = true
            var before = k - 1
            if before >= sentence.lowerBound, tokens[before].lowerIs("death") { before -= 1 }
            if before >= sentence.lowerBound, tollUpdateWords.contains(lowerOf: tokens[before]) { return true }
            if before - 1 >= sentence.lowerBound, tokens[before].lowerIs("the"),
                tollRaisingVerbs.contains(lowerOf: tokens[before - 1])
            {
                return true
            }
        }
        return false
    }

    /// The page's dateline (`AFP Friday 12 Sep 2014`): a calendar date of the publication day near the
    /// start of the first body paragraph (as ``dateDatelineRepeats(_:dates:in:)`` reads it), which dates
    /// the page, not a toll after it.
    static func isDateline(_ mention: DateMention, in article: AnalyzedArticle) -> Bool {
        guard mention.span.start <= datelineReach, let published = article.published.map(day),
            mention.value.map(day) == published,
            mention.text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let first = article.paragraphs.first(where: { $0.kind == .body })
        else { return false }
        return mention.span.paragraph == first.position
    }

    static let tollNouns: WordSet = ["toll", "tally"]
    /// `an updated toll`, `a new death toll`.
    static let tollUpdateWords: WordSet = ["updated", "new", "revised", "latest", "updating"]
    /// `raising the toll`, `bringing the death toll`.
    static let tollRaisingVerbs: WordSet = ["raising", "bringing", "raised", "brought", "updating", "updated"]
}

/// A sentence of an article: its paragraph and its first token.
struct SentenceKey: Hashable {
    let paragraph: Int
    let start: Int
}

/// Which sentences tell of an updated toll, each read once for its figures in a row (``ArticleExtractor/tellsOfAnUpdatedToll(_:in:)``).
struct UpdatedTollSentences {
    /// The last sentence read and what it told: figures come in reading order, so a sentence's figures ask in
    /// a row (a table of every sentence asked grew with the text: 6.7 MB in a 16 MB article dense with numbers).
    private var last: (sentence: SentenceKey, told: Bool)?

    mutating func tells(_ sentence: SentenceKey, reading: () -> Bool) -> Bool {
        if let last, last.sentence == sentence { return last.told }
        let told = reading()
        last = (sentence, told)
        return told
    }
}
