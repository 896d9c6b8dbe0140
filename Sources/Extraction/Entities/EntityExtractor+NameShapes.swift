/// What the words inside a name (common English words, a country, a known place) say it is not.
extension EntityExtractor {
    /// `LeT`, `JeM`, `HuJI`, `MoD`: an abbreviation with a small letter inside, three to six letters, a capital
    /// first and at least as many capitals as small letters (not `McCoy`, `DeMar`, `DVDs`, nor the common
    /// `PhD`). It is no English word though its letters spell one in lowercase (`let`, `hum`).
    static func isMixedCaseAcronym(_ word: String) -> Bool {
        let bytes = word.utf8
        guard (3...6).contains(bytes.count), let first = bytes.first, (65...90).contains(first) else { return false }
        var capitals = 0, small = 0
        for byte in bytes {
            if (65...90).contains(byte) {
                capitals += 1
            } else if (97...122).contains(byte) {
                small += 1
            } else {
                return false
            }
        }
        // (`DVDs`, `NGOs`: an acronym's plural, a thing's.)
        guard bytes.last != UInt8(ascii: "s") else { return false }
        return small > 0 && capitals >= 2 && capitals >= small && !EntityLexicon.commonAcronyms.contains(word)
    }

    /// A capitalised common English word (`Tricks`, `Living`, `Prospective`): a noun, verb, adjective or
    /// adverb in the word list or by its ending, not a proper noun there nor a given name.
    func isCommonWord(_ token: Token) -> Bool {
        guard token.isWord, !token.isAllCaps, !Self.isMixedCaseAcronym(token.text) else { return false }
        if EnglishWords.bundled.partOfSpeech(of: token.lower) != nil { return true }
        return EnglishWords.partOfSpeech(byEndingOf: token.lower) != nil && !isGivenName(token)
    }

    /// `Environment Canada`, `Hitwise UK`, `Team Estonia`: a word that is no place before a country, or
    /// a country after a word that is no given name, names an organisation's national branch or team.
    func organizationNamedForCountry(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        guard range.count == 2 else { return nil }
        let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
        guard !isGivenName(first), !EntityLexicon.compassWords.contains(first.text), !isTitle(first),
            knownEvidence(range.lowerBound..<(range.lowerBound + 1), in: paragraph)?.kind != .place,
            gazetteer.place(named: last.text)?.kind == .country
        else { return nil }
        return Evidence(kind: .organization, weight: Evidence.cue)
    }

    /// `Harlow Courier`, `Oslo City Lantern`: a known place that is no given name, then only common English
    /// words, names something of that place (a paper, a team, an event), not a person; at most an
    /// organisation, on the weakest evidence.
    func placeBeforeCommonWords(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        // Not a country: `US Congressional elections`, `the US Vibe awards` use it as an adjective.
        guard range.count >= 2, !isGivenName(tokens[range.lowerBound]),
            knownEvidence(range.lowerBound..<(range.lowerBound + 1), in: paragraph)?.kind == .place,
            gazetteer.place(named: tokens[range.lowerBound].text)?.kind != .country
        else { return false }
        return ((range.lowerBound + 1)..<range.upperBound).allSatisfy { isCommonWord(tokens[$0]) }
    }

    /// `Raqqa Tabqa Syria Community`, `Middle East Syria Security`: a title-case run with a known place
    /// inside names no person (`George Washington Carver` has the place right after a given name).
    func holdsPlaceAfterNonGivenName(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard range.count >= 3 else { return false }
        return ((range.lowerBound + 1)..<range.upperBound).contains { k in
            // After an initial's full stop (`L. Ron Hubbard`) a word is a given name, not a place.
            !isGivenName(tokens[k - 1]) && !tokens[k - 1].isPunctuation(".")
                && knownEvidence(k..<(k + 1), in: paragraph)?.kind == .place
        }
    }
}
