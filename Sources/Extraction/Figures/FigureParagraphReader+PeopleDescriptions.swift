/// Words that describe the people a number counts without being its noun or its event: a casualty
/// participle (`the deaths of 14 detained children`, `two wounded soldiers died`: what happened to them is
/// what the clause says, the participle only when the clause says nothing), and an aside on who most of
/// them were (`killed hundreds mostly civilians`: people, not civilians).
extension FigureParagraphReader {
    /// The noun of people after a casualty participle at `index`, right after a number: `detained children`
    /// → child, ending after the noun.
    func peopleAfterParticiple(at index: Int, sentence: Range<Int>) -> (unit: String, end: Int)? {
        guard index + 1 < sentence.upperBound, tokens[index].isWord,
            FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[index]), isPluralNoun(tokens[index + 1])
        else { return nil }
        let unit = Self.singular(tokens[index + 1].lower)
        guard Self.countsPeople(unit) else { return nil }
        return (unit, index + 2)
    }

    /// The event of the participle that describes the counted people (`two wounded soldiers` → injured),
    /// when the noun ends at `nounEnd`.
    func eventOfDescribingParticiple(_ phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>) -> String? {
        let participle = phrase.tokens.upperBound
        guard nounEnd == participle + 2, peopleAfterParticiple(at: participle, sentence: sentence) != nil else {
            return nil
        }
        return FigureVocabulary.eventWords[tokens[participle].lower]
    }

    /// Whether an aside on who most of the counted were opens at `index`, right after the number, naming
    /// people: `160 mostly gunmen`, `22 mainly children`.
    func opensAsideOnPeople(at index: Int, sentence: Range<Int>) -> Bool {
        guard index + 1 < sentence.upperBound, FigureLexicon.asideOpeners.contains(lowerOf: tokens[index]),
            isPluralNoun(tokens[index + 1])
        else { return false }
        let unit = Self.singular(tokens[index + 1].lower)
        return Self.countsPeople(unit)
    }
}
