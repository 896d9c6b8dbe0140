/// `Kelvar Defence Ministry: 60 militants killed in Vessa` (a headline, or its repeat under a dateline, `4 May
/// 2019 Kelvar Defence Ministry: …`): an organisation's name before a colon that opens the sentence credits the
/// toll after it to that organisation. Only an organisation of the article (not a place, `Tarvan: 30 killed`, nor
/// a label, `Update: …`), and only for a count with its event after the colon.
extension SourceTracker {
    /// The organisation's name, as written, before the sentence's opening colon; nil when none.
    func colonCredit(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        let reach = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 14)
        guard let colon = reach.first(where: { tokens[$0].isPunctuation(":") }), colon > sentence.lowerBound else {
            return nil
        }
        // The name: capitalised words right before the colon (`of`, `for`, `and` inside it).
        var start = colon
        while start - 1 >= sentence.lowerBound, tokens[start - 1].isWord,
            tokens[start - 1].isCapitalized
                || start < colon && start - 2 >= sentence.lowerBound && tokens[start - 2].isCapitalized
                    && tokens[start - 1].lowerIs(oneOf: ["of", "for", "and"])
        {
            start -= 1
        }
        guard start < colon else { return nil }
        // (Only a date stamp before it: numbers and capitalised words, `4 May 2019`.)
        guard (sentence.lowerBound..<start).allSatisfy({ tokens[$0].isNumber || tokens[$0].isCapitalized }) else {
            return nil
        }
        // A count within a few words after the colon, and its event later.
        let after = (colon + 1)..<min(sentence.upperBound, colon + 5)
        guard let count = after.first(where: { NumberWords.startsNumeral(tokens[$0]) }),
            ((count + 1)..<sentence.upperBound).contains(where: {
                tokens[$0].isWord && FigureVocabulary.eventWords[tokens[$0].lower] != nil
            })
        else { return nil }
        let name = paragraph.text(of: start..<colon)
        return resolver.organizationName(namedBy: name) == nil ? nil : name
    }
}
