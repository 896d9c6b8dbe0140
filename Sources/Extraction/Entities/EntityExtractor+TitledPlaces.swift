/// Arabic places whose names open with a word that is also a title: `the Sheikh Varoud district`, `the
/// village of Sheikh Tammar`, `killed in Sheikh Dalla`. Elsewhere the title and a name are a person
/// (`Sheikh Ahmed Qurban said`).
extension EntityExtractor {
    /// Titles that also open places' names.
    static let placeOpeningTitles: WordSet = ["Sheikh", "Sheik", "Shaikh", "Shaykh"]

    /// Lowercase nouns after a name that make it a place's (besides ``EnglishLexicon/placeHeads``): a part of
    /// a place, its countryside, a hill.
    static let placeNounsAfterTitledName = EnglishLexicon.partOfPlaceNouns.union(["countryside", "hill"])

    /// Nouns whose `in` names who or what is trusted, not where: `faith in`, `confidence in`.
    static let trustNouns: WordSet = ["faith", "trust", "confidence", "belief", "hope", "hopes", "interest"]

    /// `Sheikh Varoud` as a place: the title and one or two capitalised words that are no title, then a
    /// place's noun (`district`, `neighbourhood`, `village`, `area`), or after a place's noun and `of`
    /// (`the village of`, `the neighbourhoods of`), a place's modifier (`rebel-held`) or a place's
    /// preposition (`in`, `near`). Nil before a possessive (`in Sheikh Tamir's name`) or another name.
    func placeOpeningWithTitle(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> Candidate? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard (2...3).contains(range.count), Self.placeOpeningTitles.contains(tokens[start].text),
            range.dropFirst().allSatisfy({
                tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAllCaps && !isTitle(tokens[$0])
                    && !EntityLexicon.honorifics.contains(tokens[$0].text)
            })
        else { return nil }
        let next = end < sentence.upperBound ? tokens[end] : nil
        if let next, next.isWord, next.startsLowercase,
            EnglishLexicon.placeHeads.contains(next.lower) || Self.placeNounsAfterTitledName.contains(next.lower)
        {
            return placeCandidate(range, in: paragraph, sentence: sentence, initial: initial)
        }
        // Before the name: the next word must not carry the name on (`'s`, a capitalised word).
        if let next, next.isNamePart || next.text == "'s" || next.text == "’s" { return nil }
        guard start > sentence.lowerBound, tokens[start - 1].isWord, tokens[start - 1].startsLowercase else {
            return nil
        }
        let before = tokens[start - 1].lower
        let placeOf =
            before == "of" && start - 2 >= sentence.lowerBound
            && (EntityLexicon.pluralPlaceNouns.contains(tokens[start - 2].lower)
                || EnglishLexicon.placeHeads.contains(tokens[start - 2].lower))
        // A bare `in` or `near` only before a word no given name (`Sheikh Ahmed` is a person's), and not after
        // a noun of trust (`lost faith in Sheikh Tamrin` trusts a person).
        let placePreposition =
            (before == "in" || before == "near") && !isGivenName(tokens[start + 1])
            && !(start - 2 >= sentence.lowerBound && Self.trustNouns.contains(tokens[start - 2].lower))
        guard
            placeOf || EntityLexicon.placeModifiers.contains(before) || placePreposition
                || (before == "and" || before == "or") && listedAfterPlaceNouns(before: start - 1, in: tokens, sentence: sentence)
        else {
            return nil
        }
        return placeCandidate(range, in: paragraph, sentence: sentence, initial: initial)
    }

    /// `the neighbourhoods of Vesk, Tarn and` before the name: a short walk back over names and commas
    /// (bounded: a list is short) to a plural place noun and `of`.
    private func listedAfterPlaceNouns(before k: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
        var first = k
        while first > sentence.lowerBound, k - first < 8,
            tokens[first - 1].isNamePart || tokens[first - 1].isPunctuation(",")
        {
            first -= 1
        }
        return first < k && Self.listFrame(before: first, in: tokens) == .explicitPlace
    }

    private func placeCandidate(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> Candidate {
        candidate(
            range, in: paragraph, sentence: sentence, initial: initial,
            evidence: Evidence(kind: .place, weight: Evidence.cue))
    }

    /// `Rockets hit the Sheikh Varoud district. … Sheikh Varoud has been shelled since May`: once the article
    /// calls a titled name a place, the title and the name elsewhere are that place, not a person titled
    /// `Sheikh` (one or two name words; not with a person's own cue: a verb of saying or a person's after it,
    /// a possessive, a title or a person's noun before the title).
    static func titledPlacesAcrossArticle(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var result = consume input
        var places = Set<String>()
        for candidate in result where candidate.kind == .place {
            guard let space = candidate.name.firstIndex(of: " "),
                placeOpeningTitles.contains(String(candidate.name[..<space]))
            else { continue }
            places.insert(candidate.name)
        }
        guard !places.isEmpty else { return result }
        for i in result.indices
        where result[i].kind != .place && !result[i].titleOnly && (1...2).contains(result[i].tokens.count)
            && result[i].tokens.lowerBound > 0
        {
            let paragraph = article.paragraphs[result[i].paragraph]
            let tokens = paragraph.tokens
            let title = result[i].tokens.lowerBound - 1, end = result[i].tokens.upperBound
            guard placeOpeningTitles.contains(tokens[title].text) else { continue }
            let name = paragraph.text(of: title..<end)
            guard places.contains(name) else { continue }
            if end < tokens.count,
                EnglishLexicon.speechVerbs.contains(tokens[end].lower) || personOnlyVerbs.contains(tokens[end].lower)
                    || tokens[end].text == "'s" || tokens[end].text == "’s"
            {
                continue
            }
            if title > 0,
                EnglishLexicon.titles.contains(tokens[title - 1].text) || moreTitles.contains(tokens[title - 1].text)
                    || EntityLexicon.personCues.contains(tokens[title - 1].lower)
            {
                continue
            }
            result[i].tokens = title..<end
            result[i].name = name
            result[i].role = nil
            result[i].aliases = []
            result[i].evidence = Evidence(kind: .place, weight: Evidence.context)
        }
        return result
    }
}
