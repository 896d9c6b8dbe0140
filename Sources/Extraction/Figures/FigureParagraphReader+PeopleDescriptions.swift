/// Words that describe the people a number counts without being its noun or its event: a casualty
/// participle (`the deaths of 14 detained children`, `two wounded soldiers died`: what happened to them is
/// what the clause says, the participle only when the clause says nothing), and an aside on who most of
/// them were (`killed hundreds mostly civilians`: people, not civilians).
extension FigureParagraphReader {
    /// The noun of people after a casualty participle (or `fleeing`) at `index`, right after a number:
    /// `detained children` → child, `fleeing civilians` → civilian, ending after the noun.
    func peopleAfterParticiple(at index: Int, sentence: Range<Int>) -> (unit: String, end: Int)? {
        guard index + 1 < sentence.upperBound, tokens[index].isWord,
            FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[index]) || tokens[index].lowerIs("fleeing"),
            isPluralNoun(tokens[index + 1])
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
        guard let event = FigureVocabulary.eventWords[tokens[participle].lower] else { return nil }
        // `claiming the lives of two guards and a family of five displaced people`: a state the people were in
        // before, not what the clause tells befell them.
        if Self.statesOfUprootedPeople.contains(event), let harm = harmBefore(phrase, sentence: sentence) {
            return harm
        }
        return event
    }

    /// Whether `figure`'s event is only what the participle between its number and its noun says (`30
    /// fleeing civilians`, `30 wounded soldiers`), with no word in the four before the number saying it: the
    /// participle describes these people alone, so a count joined to them by `and` or a comma does not share
    /// it (`30 fleeing civilians and 12 smiling children`; but `killed 30 wounded soldiers and 12 children`).
    func hasOnlyItsDescribingParticiplesEvent(_ figure: Figure) -> Bool {
        guard let event = figure.event else { return false }
        let end = figure.tokenEnd(in: paragraph)
        let participle = end - 2
        guard participle >= 1, isNumeral(tokens[participle - 1]),
            peopleAfterParticiple(at: participle, sentence: participle..<end) != nil,
            FigureVocabulary.eventWords[tokens[participle].lower] == event
        else { return false }
        return !(max(0, participle - 5)..<(participle - 1)).contains {
            tokens[$0].isWord && FigureVocabulary.eventWords[tokens[$0].lower] == event
        }
    }

    /// Events a describing participle names as a state people were in (`displaced`, `evacuated`), which a
    /// harm the clause tells of outweighs.
    static let statesOfUprootedPeople: Set<String> = ["displaced", "evacuated"]

    /// The harm (killed or injured) a verb or `the lives of` tells of shortly before the count in its own
    /// clause: at most twelve words back, stopping at a word that opens another clause.
    func harmBefore(_ phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        var j = phrase.tokens.lowerBound - 1
        while j >= sentence.lowerBound, phrase.tokens.lowerBound - j <= 12 {
            let token = tokens[j]
            if token.isWord {
                let word = token.lower
                if Self.wordsEndingTheCountsClause.contains(word) || FigureLexicon.clauseLinks.contains(word)
                    || word == "where"
                {
                    return nil
                }
                if word == "lives", j + 1 < phrase.tokens.lowerBound, tokens[j + 1].lowerIs("of") { return "killed" }
                if let event = FigureVocabulary.eventWords[word], Self.harmsOfAPair.contains(event) { return event }
            } else if !token.isPunctuation(",") && !token.isNumber {
                return nil
            }
            j -= 1
        }
        return nil
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
