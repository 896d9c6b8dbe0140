/// A US dateline in capitals: `NEW BRUNSWICK, N.J.`, `SIOUX FALLS, S.D.` — the words in capitals before
/// a comma and a state's abbreviation are one town, though a word of it (`NEW`) alone would break a run.
extension EntityExtractor {
    /// The town of a dateline in capitals of two words or more before `, N.J.`; nil for any other run.
    func datelineCityInCapitals(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Candidate? {
        let tokens = paragraph.tokens
        let comma = run.upperBound
        if let town = datelineCityBeforeAgency(run, in: paragraph) ?? datelineCityBeforeDash(run, in: paragraph) {
            return town
        }
        guard (2...4).contains(run.count), comma + 1 < tokens.count, tokens[comma].isPunctuation(","),
            run.allSatisfy({ tokens[$0].isWord && tokens[$0].isAllCaps }),
            Self.stateAbbreviation((comma + 1)..<(comma + 2), in: tokens, gazetteer: gazetteer) != nil
        else { return nil }
        return wireCandidate(run, kind: .place, in: paragraph)
    }

    /// `SAN MARCOS (AP) —`, `SAN MARCOS, Texas (AP) —`: the words in capitals opening a paragraph before
    /// a news agency's bracketed credit (a region after a comma may come between) are one town.
    private func datelineCityBeforeAgency(_ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Candidate?
    {
        let tokens = paragraph.tokens
        var open = run.upperBound
        // `, Texas`, `, Calif.`, `, New Mexico`: up to three capitalised words (and their full stops).
        if open < tokens.count, tokens[open].isPunctuation(",") {
            var k = open + 1
            while k < min(open + 6, tokens.count),
                tokens[k].isWord && tokens[k].isCapitalized || tokens[k].isPunctuation(".") && k > open + 1
            {
                k += 1
            }
            if k > open + 1, k < tokens.count, tokens[k].isPunctuation("(") { open = k }
        }
        guard run.lowerBound == 0, (2...3).contains(run.count), open + 2 < tokens.count,
            tokens[open].isPunctuation("("), tokens[open + 2].isPunctuation(")"),
            tokens[open + 1].text == "AP" || EntityLexicon.newsAgencies.contains(tokens[open + 1].text),
            run.allSatisfy({ tokens[$0].isWord && tokens[$0].isAllCaps })
        else { return nil }
        return wireCandidate(run, kind: .place, in: paragraph)
    }

    /// First words of towns' names (`SAN`, `FORT`, `DEIR`) that a dateline in capitals opens with.
    static let townOpeners: WordSet = [
        "San", "Santa", "Santo", "Los", "Las", "La", "Le", "El", "Al", "New", "Port", "Fort", "Saint", "Sainte",
        "Mount", "Lake", "North", "South", "East", "West",
    ]

    /// `SAN TARN — Officials said`: two or three words in capitals opening a paragraph before a dash, the
    /// first a word that opens towns' names (an Arabic place prefix too), are one town. Three words are
    /// one town only when the gazetteer knows them; else a team's or a club's name (`LOS ANGELES
    /// DODGERS —` on a transactions list) is no town, and other runs keep their known first two words.
    private func datelineCityBeforeDash(_ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Candidate?
    {
        let tokens = paragraph.tokens
        let dash = run.upperBound
        guard run.lowerBound == 0, (2...3).contains(run.count), dash + 1 < tokens.count,
            ["—", "–", "-", "--"].contains(tokens[dash].text), tokens[dash + 1].isWord, tokens[dash + 1].isCapitalized,
            run.allSatisfy({ tokens[$0].isWord && tokens[$0].isAllCaps }),
            Self.townOpeners.contains(Self.capitalizedForm(tokens[run.lowerBound].text))
                || EntityLexicon.placePrefixes.contains(Self.capitalizedForm(tokens[run.lowerBound].text))
        else { return nil }
        guard run.count == 3 else { return wireCandidate(run, kind: .place, in: paragraph) }
        func known(_ span: Range<Int>) -> Bool {
            Self.foldedCapitals(span, in: paragraph).map { gazetteer.place(named: $0) != nil } ?? false
        }
        if known(run) { return wireCandidate(run, kind: .place, in: paragraph) }
        let last = tokens[run.upperBound - 1].lower
        guard !(last.hasSuffix("s") && !last.hasSuffix("ss")) else { return nil }
        let firstTwo = run.lowerBound..<(run.lowerBound + 2)
        return known(firstTwo) ? wireCandidate(firstTwo, kind: .place, in: paragraph) : nil
    }

    /// `ALEPPO Government forces took …`, `BEIRUT A Russian strike …`: a town or a country the gazetteer knows,
    /// written in capitals (one to three words of four letters or more) opening its sentence, or after a date's
    /// number or a bracket, and run into the capitalised first words of the story, is the story's dateline:
    /// the place, then the sentence's first words read as opening it. Nil for any other run: an acronym before
    /// a name (`UKIP Scotland`, `ICICI Bank`) is no place.
    func datelineCityBeforeSentence(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        var end = run.lowerBound
        while end < run.upperBound, end - run.lowerBound < 3, tokens[end].isWord, tokens[end].isAllCaps,
            tokens[end].text.utf8.count >= 4
        {
            end += 1
        }
        guard end > run.lowerBound, end < run.upperBound, tokens[end].isWord, tokens[end].isCapitalized,
            !tokens[end].isAllCaps
        else { return nil }
        let before = run.lowerBound - 1
        guard run.lowerBound == sentence.lowerBound || before < 0 || !tokens[before].isWord
        else { return nil }
        let city = run.lowerBound..<end
        guard let folded = Self.foldedCapitals(city, in: paragraph),
            gazetteer.place(named: folded) != nil,
            EntityLexicon.knownOrganizations[paragraph.text(of: city)] == nil
        else { return nil }
        return [wireCandidate(city, kind: .place, in: paragraph)]
            + pieces(of: end..<run.upperBound, in: paragraph, sentence: sentence, sentenceInitial: true)
    }
}
