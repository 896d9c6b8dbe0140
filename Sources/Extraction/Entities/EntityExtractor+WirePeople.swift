/// Wire copy's people, its companies in capitals and its capitalised common words: `Kaldor beat
/// Vestran` (a player who beat a person named in the article is a person too), `Rolf Vestran of Sweden`
/// (two unknown name words before `of` and a country: a player and the country they play for), `BASF
/// AG` (a company in capitals keeps its suffix), and `( home team in CAPS )` (a common English word in
/// capitals inside a note in parentheses names nothing).
extension EntityExtractor {
    /// Verbs of one competitor over another: players beat players, teams beat teams.
    static let competitorVerbs: WordSet = [
        "beat", "beats", "defeated", "defeats", "edged", "overcame", "eliminated", "ousted", "upset", "outlasted",
    ]

    /// A sentence-initial word with no evidence, no English word, before a competitor verb whose object
    /// opens a person's name the article gives (`Kaldor beat Vestran 6-3`, after `Rolf Vestran`): a
    /// person. `Juventus beat Parma` says nothing: the object is no person.
    static func beatsNamedPerson(
        _ candidate: Candidate, personWords: Set<String>, in article: AnalyzedArticle
    ) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let verb = candidate.tokens.upperBound, object = verb + 1
        guard candidate.tokens.count == 1, object < tokens.count, !tokens[candidate.tokens.lowerBound].isAllCaps,
            tokens[verb].isWord, tokens[verb].startsLowercase, competitorVerbs.contains(tokens[verb].lower),
            tokens[object].isWord, tokens[object].isCapitalized, personWords.contains(tokens[object].text)
        else { return false }
        return EnglishWords.bundled.partOfSpeech(of: tokens[candidate.tokens.lowerBound].lower) == nil
    }

    /// The first and last words of the people's full names among `candidates` (`Rolf Vestran` gives
    /// `Rolf` and `Vestran`).
    static func personNameWords(_ candidates: [Candidate]) -> Set<String> {
        var words = Set<String>()
        for k in candidates.indices where candidates[k].kind == .person && candidates[k].name.contains(ascii: " ") {
            let parts = candidates[k].name.wordsBetweenSpaces()
            words.insert(String(parts[parts.count - 1]))
            words.insert(String(parts[0]))
        }
        return words
    }

    /// `Rolf Vestran of Sweden`: two name words that are no English words before `of` and a country,
    /// with no given name to tell (`Anna Lee of Leeds` is told by its given name).
    func personOfCountry(_ person: Range<Int>, country: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Bool
    {
        let tokens = paragraph.tokens
        guard person.count == 2, person.allSatisfy({ tokens[$0].isWord && !isCommonWord(tokens[$0]) }) else {
            return false
        }
        return gazetteer.place(named: paragraph.text(of: country))?.kind == .country
    }

    /// `Unseeded Gorvan Tesslik of Croatia` opening a sentence: the run without its English first word,
    /// when the rest is a player of a country; nil otherwise.
    func playerOfCountryAfterLeadWord(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Range<Int>?
    {
        let tokens = paragraph.tokens
        let lead = range.lowerBound, of = lead + 3
        guard range.count >= 5, tokens[of].lower == "of", isCommonWord(tokens[lead]), !isTitle(tokens[lead]),
            personOfCountry((lead + 1)..<of, country: (of + 1)..<range.upperBound, in: paragraph)
        else { return nil }
        return (lead + 1)..<range.upperBound
    }

    /// `( home team in CAPS )`, `( seeded players in BOLD )`: one word in capitals that is a common
    /// English word, in a note in parentheses after its lowercase words, with nothing known about it, is
    /// emphasis, no name. An acronym in parentheses right after its name (`(BARD)`) or in a sentence
    /// (`the BARD chart`) stays.
    static func capitalisedCommonWord(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.lowerBound
        guard candidate.tokens.count == 1, tokens[k].isAllCaps, tokens[k].text.utf8.count >= 4,
            (candidate.evidence?.weight ?? 0) < Evidence.structure,
            EnglishWords.bundled.partOfSpeech(of: tokens[k].lower) != nil
        else { return false }
        // Back to the note's opening parenthesis, a few tokens at most, past a lowercase word.
        var lowercaseBefore = false
        var j = k - 1
        while j >= 0, j >= k - 8 {
            if tokens[j].isPunctuation(")") { return false }
            if tokens[j].isPunctuation("(") { return lowercaseBefore }
            if tokens[j].isWord, tokens[j].startsLowercase { lowercaseBefore = true }
            j -= 1
        }
        return false
    }

    /// Company suffixes as wire copy writes them in capitals.
    static let corporateSuffixesInCapitals: WordSet = [
        "AG", "SA", "NV", "PLC", "INC", "LTD", "CORP", "GMBH", "SPA", "BV", "AB", "ASA", "OYJ",
    ]

    /// `BASF AG`, `ROYAL DUTCH SHELL PLC`: a run in capitals ending in a company suffix is one company,
    /// suffix and all (not each word on its own); nil for any other run.
    func companyInCapitals(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> Candidate? {
        let tokens = paragraph.tokens
        guard (2...5).contains(range.count), range.allSatisfy({ tokens[$0].isWord }),
            Self.corporateSuffixesInCapitals.contains(tokens[range.upperBound - 1].text)
        else { return nil }
        return candidate(
            range, in: paragraph, sentence: sentence, initial: initial,
            evidence: Evidence(kind: .organization, weight: Evidence.structure))
    }
}
