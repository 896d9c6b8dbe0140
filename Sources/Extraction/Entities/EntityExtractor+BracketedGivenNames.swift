/// `Coach (Ann) Roe`, `head coach (Tom) Hale`: a title, then a given name in parentheses and the surname after
/// them. Sports pages and rolls write a first name so, once; it is one person, `Ann Roe`, not `Ann` and
/// `Roe`.
extension EntityExtractor {
    /// The person named at `i` when a title stands there before `(`, one given name, `)` and one or two
    /// capitalised name words; nil otherwise.
    func bracketedGivenName(
        at i: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Candidate? {
        let tokens = paragraph.tokens
        let open = i + 1, given = i + 2, close = i + 3
        // (The brackets first: a title's lowercase form is looked up only before one.)
        guard close + 1 < sentence.upperBound, tokens[open].isPunctuation("("), tokens[close].isPunctuation(")"),
            tokens[i].isWord, isGivenName(tokens[given]),
            isTitle(tokens[i])
                || tokens[i].startsLowercase && Self.moreTitles.contains(Self.capitalizedForm(tokens[i].text))
        else { return nil }
        var end = close + 1
        while end < min(close + 3, sentence.upperBound), looksLikeSurname(tokens[end]) { end += 1 }
        // (A longer run after the bracket is something else: `Coach (Ann) Roe Park`.)
        guard end > close + 1, end == sentence.upperBound || !tokens[end].isNamePart else { return nil }
        // The mention is the surname, a span written whole (`Roe`, not `Ann) Roe`); the name joins the two.
        let surname = (close + 1)..<end
        var person = Candidate(
            paragraph: paragraph.position, tokens: surname,
            name: tokens[given].text + " " + paragraph.text(of: surname),
            evidence: Evidence(kind: .person, weight: Evidence.structure), role: tokens[i].text,
            sentenceInitial: false)
        if tokens[i].isCapitalized { person.aliases.append(tokens[i].text + " " + person.name) }
        return person
    }

    /// A capitalised word, not in capitals, that is no title, head or place word.
    private func looksLikeSurname(_ token: Token) -> Bool {
        token.isNamePart && token.isCapitalized && !token.isAllCaps && !isTitle(token)
            && !EnglishLexicon.organizationHeads.contains(token.text)
            && !EntityLexicon.placeNameHeads.contains(token.text)
    }
}
