/// `Jets kill 12 near Tarvan Monitor` over a body that opens `Jets kill 12 near Tarvan Monitor Fierce clashes
/// near Tarvan left …`: a page that repeats its headline at the top of the body with no full stop after it
/// glues the headline's last words onto the lead's first. No name runs across that join (`Tarvan Monitor
/// Fierce` is no place): the capitalised words on either side are read as if a sentence ended there.
extension EntityExtractor {
    /// The token right after a copy of the article's headline that opens `paragraph` and runs straight on into
    /// a word of the same sentence; nil when the paragraph opens with no such copy, or a full stop, a dash or
    /// a bracket already ends it.
    static func headlineJoin(
        in paragraph: AnalyzedArticle.AnalyzedParagraph, headline: AnalyzedArticle.AnalyzedParagraph?
    ) -> Int? {
        // (Only the paragraph right after the headline: the copy opens the body, and no other paragraph is
        // compared with a headline of any length.)
        guard let headline, headline.kind == .headline, paragraph.kind != .headline,
            paragraph.position == headline.position + 1
        else { return nil }
        let h = headline.tokens, tokens = paragraph.tokens
        let join = h.count
        // (Four tokens at least: a copy of a short headline may be the lead's own words.)
        guard join >= 4, join < tokens.count, tokens[join].isWord, tokens[join - 1].isWord,
            (0..<join).allSatisfy({ tokens[$0].text == h[$0].text })
        else { return nil }
        // The join inside one sentence (a sentence that already starts there needs nothing).
        // (Asked only of a paragraph that opens with the copy: its first sentences.)
        guard let sentence = paragraph.sentences.first(where: { $0.upperBound > join }), sentence.lowerBound < join
        else { return nil }
        return join
    }

    /// The paragraph's sentences, the one holding `join` cut in two there.
    static func sentences(of paragraph: AnalyzedArticle.AnalyzedParagraph, cutAt join: Int?) -> [Range<Int>] {
        guard let join else { return paragraph.sentences }
        return paragraph.sentences.flatMap { sentence in
            sentence.lowerBound < join && join < sentence.upperBound
                ? [sentence.lowerBound..<join, join..<sentence.upperBound] : [sentence]
        }
    }
}
