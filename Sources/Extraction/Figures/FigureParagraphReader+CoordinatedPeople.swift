/// A count joined by `and` to a second, uncounted group of people before their shared verb: `128 troops and
/// militia were killed`, `40 police and soldiers were wounded`, `dozens of rebels and civilians died`. The
/// verb after the pair is the count's too (not `50 people and their cars were swept away`, a thing; not
/// `20 soldiers and 12 rebels were killed`, where the second group has its own count).
extension FigureParagraphReader {
    /// The token after the second group's noun when `and`/`or` at `link`, right after the counted noun,
    /// opens one that a verb follows; nil otherwise.
    /// (The count's own noun must name people too: not `aged four to 10 and women were killed`, nor `in
    /// their hundreds and many civilians have been kidnapped`.)
    func endOfCoordinatedPeople(at link: Int, sentence: Range<Int>) -> Int? {
        guard tokens[link].lowerIs(oneOf: ["and", "or"]), link > sentence.lowerBound, tokens[link - 1].isWord,
            !tokens[link - 1].isNumber, isPeopleNoun(tokens[link - 1].lower),
            NumberWords.vaguePlurals[tokens[link - 1].lower] == nil
        else { return nil }
        var k = link + 1
        while k < sentence.upperBound, k - link <= 3 {
            let token = tokens[k]
            let word = token.lower
            guard token.isWord, !token.isCapitalized || token.isAllCaps, !NumberWords.startsNumeral(token),
                NumberWords.vaguePlurals[word] == nil, !FigureLexicon.phraseBreakers.contains(word),
                FigureVocabulary.eventWords[word] == nil, !Self.quantifiers.contains(word)
            else { return nil }
            if isPeopleNoun(word), k + 1 < sentence.upperBound, opensVerbOfCoordinatedPeople(at: k + 1) {
                return k + 1
            }
            k += 1
        }
        return nil
    }

    /// `militia`, `soldiers`, `police`: a noun of people, plural or collective.
    func isPeopleNoun(_ word: String) -> Bool {
        let singular = Self.singular(word)
        return Self.countsPeople(singular) || Self.collectivePeople.contains(singular)
    }

    /// `were killed`, `have died`, `died`: a verb after the pair.
    func opensVerbOfCoordinatedPeople(at k: Int) -> Bool {
        let word = tokens[k].lower
        return EnglishLexicon.beForms.contains(word) || ["have", "had"].contains(word)
            || word.hasSuffix("ed") && FigureVocabulary.eventWords[word] != nil
    }

    /// Words that count the second group on their own: `and many civilians`, `and some guards`.
    static let quantifiers: WordSet = ["many", "some", "several", "most", "all", "more", "few", "no", "other"]

    /// Nouns of armed people counted as a body (singular): `troops and militia`, `… and government forces`.
    static let collectivePeople: WordSet = ["militia", "force", "paramilitary"]
}
