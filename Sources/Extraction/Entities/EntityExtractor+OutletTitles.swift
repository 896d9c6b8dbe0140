/// `the editor of Kelvar magazine`, `told the Herald newspaper`: the capitalised words between a small
/// word and `magazine` or `newspaper` are the outlet's title, an organisation, though a title is often a
/// word of the language too (`Empire`, `Herald`).
extension EntityExtractor {
    /// Small words right before an outlet's title: an article or a preposition (not a sentence's first word).
    static let wordsBeforeOutletTitle: WordSet = ["the", "of", "in", "by", "to", "for", "from", "with", "on"]

    /// Organisation evidence, as strong as a name's own structure, for up to three capitalised words after
    /// an article or a preposition and before `magazine` or `newspaper`; nil for a day or a month (`the
    /// Sunday newspaper`, `the June magazine`).
    func outletTitleEvidence(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        guard range.count <= 3, range.lowerBound > sentence.lowerBound, range.upperBound < sentence.upperBound,
            EntityLexicon.outletTitleNouns.contains(lowerOf: tokens[range.upperBound]),
            Self.wordsBeforeOutletTitle.contains(lowerOf: tokens[range.lowerBound - 1]),
            range.allSatisfy({
                tokens[$0].isWord && tokens[$0].isCapitalized && EnglishLexicon.weekdays[tokens[$0].lower] == nil
                    && EnglishLexicon.month(tokens[$0].lower) == nil
            })
        else { return nil }
        return Evidence(kind: .organization, weight: Evidence.structure)
    }
}
