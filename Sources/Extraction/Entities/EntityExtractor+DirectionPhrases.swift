/// A compass word and `of` inside a capitalised run say where one place lies from another (`Tarvan Farms
/// Northwest of Dornholm`, `North of Kelvar`): the direction belongs to neither name.
extension EntityExtractor {
    /// Compass words that, before `of`, give a direction from a place rather than open its name.
    static let directionNouns: WordSet = [
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "North-east",
        "North-west", "South-east", "South-west", "North-East", "North-West", "South-East", "South-West",
    ]

    /// The names on either side of a direction phrase in `range`: the run before the compass word (none when
    /// the run opens with it) and the place after `of`. Nil when there is no compass word before `of` and
    /// another word, when the whole run is one known name, or when the run opens with the compass word
    /// after `the` (`the South of Varnia` names a region).
    func splitAtDirectionPhrase(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard range.count >= 3,
            let k = range.dropLast(2).first(where: {
                Self.directionNouns.contains(tokens[$0].text) && tokens[$0 + 1].text == "of"
                    && tokens[$0 + 2].isCapitalized
            }),
            knownSpan(at: start, limit: end, in: paragraph)?.length != range.count
        else { return nil }
        // (`University of the West of Varnia`: after `the`, the compass word is part of a name.)
        if k > sentence.lowerBound, tokens[k - 1].lower == "the" { return nil }
        let before = start..<k, after = (k + 2)..<end
        return (before.isEmpty ? [] : pieces(of: before, in: paragraph, sentence: sentence, sentenceInitial: initial))
            + pieces(of: after, in: paragraph, sentence: sentence, sentenceInitial: false)
    }
}
