/// Names listed after the class they belong to: `gods such as Odin, Freya and Loki`, `towns including
/// Kessel and Brenn`. The plural noun before `such as` or `including` gives every listed name its kind; a
/// plural noun of firms does right before a list of two or more (`the studios Kelvora and Tarnfield`).
extension EntityExtractor {
    /// The kind given by the class noun a one-word name is listed under, or nil.
    func listedClassEvidence(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Evidence?
    {
        guard range.count == 1 else { return nil }
        let tokens = paragraph.tokens
        let floor = max(sentence.lowerBound, range.lowerBound - 24)
        var k = range.lowerBound - 1
        // Back over the names before it: `Odin ,`, `Freya , and`.
        while k >= floor {
            let token = tokens[k]
            if token.isPunctuation(",") || token.lower == "and" || token.lower == "or"
                || token.isCapitalized && !token.isAllCaps
            {
                k -= 1
                continue
            }
            break
        }
        guard k - 1 >= floor else { return nil }
        var nounAt: Int
        if EntityLexicon.classNouns[tokens[k].lower] == .organization, tokens[k].startsLowercase,
            !Self.isPluralAcronym(tokens[range.lowerBound]),
            k + 1 < range.lowerBound
                || range.upperBound + 1 < sentence.upperBound
                    && (tokens[range.upperBound].lower == "and" || tokens[range.upperBound].isPunctuation(","))
                    && tokens[range.upperBound + 1].isCapitalized
        {
            // `the studios Kelvora and Tarnfield`: a list of two names or more right after a plural noun of
            // firms (not `the studios Kelvora`, nor people's plurals: `singers Tom Roe and …` name people).
            nounAt = k
        } else if tokens[k].lower == "including" || tokens[k].lower == "like" {
            nounAt = k - 1
        } else if tokens[k].lower == "as", tokens[k - 1].lower == "such" {
            nounAt = k - 2
        } else {
            return nil
        }
        if nounAt >= floor, tokens[nounAt].isPunctuation(",") { nounAt -= 1 }
        guard nounAt >= floor, let kind = EntityLexicon.classNouns[tokens[nounAt].lower],
            Self.isListedName(tokens[range.lowerBound])
        else { return nil }
        return Evidence(kind: kind, weight: Evidence.cue)
    }

    /// `DSPs`, `NGOs`: an acronym's plural, a class of things (`publishers, DSPs and SSPs`), no firm's name.
    static func isPluralAcronym(_ token: Token) -> Bool {
        // (Capitals only before the `s`: `DreamWorks`, `McDonalds` are names.)
        token.text.utf8.count >= 3 && token.text.hasSuffix("s")
            && token.text.dropLast().allSatisfy { $0.isUppercase }
    }

    /// A capitalised word, not in capitals, that no dictionary has as a common word.
    static func isListedName(_ token: Token) -> Bool {
        token.isCapitalized && !token.isAllCaps && token.text.utf8.count >= 3
            && EnglishWords.bundled.partOfSpeech(of: token.lower) == nil
    }
}
