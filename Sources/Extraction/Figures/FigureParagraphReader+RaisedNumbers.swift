/// `…, which brought the total number of people killed in the province to over 300`, `putting the number of
/// civilians killed at 13`: a count with no noun of its own that a verb raising or setting a number gives the
/// number's noun (and what befell it) from before `to` or `at`.
extension FigureParagraphReader {
    /// The noun and event of `the (total) number of NOUN [participle] … to N` right before a bare count, or
    /// nil. Only after a verb that raises a toll (`brought`, `bringing`, `raised`, `pushing` …), with no
    /// other number between, within ``raisedNumberReach`` words of the count.
    func raisedNumber(before phrase: NumberPhrase, sentence: Range<Int>) -> (unit: String, event: String?)? {
        let to = phrase.tokens.lowerBound - 1
        guard to > sentence.lowerBound, tokens[to].lowerIs(oneOf: ["to", "at"]) else { return nil }
        var j = to - 1
        while j > sentence.lowerBound, to - j <= Self.raisedNumberReach {
            let token = tokens[j]
            if token.isNumber || NumberWords.startsNumeral(token) || token.isPunctuation(".") { return nil }
            if token.lowerIs("number"), j + 2 < to, tokens[j + 1].lowerIs("of") {
                return raisedNumber(at: j, to: to, sentence: sentence)
            }
            j -= 1
        }
        return nil
    }

    /// `brought to 49 the number of banks sued`, `raising to 12 the number of people killed`: the noun and
    /// event of `the (total) number of NOUN` right after a bare count that a raising verb and `to` open.
    func raisedNumber(beforeItsNoun phrase: NumberPhrase, sentence: Range<Int>) -> (unit: String, event: String?)? {
        let to = phrase.tokens.lowerBound - 1
        guard to - 1 >= sentence.lowerBound, tokens[to].lowerIs("to"),
            Self.numberRaisingVerbs.contains(lowerOf: tokens[to - 1])
        else { return nil }
        var number = phrase.tokens.upperBound
        guard number + 1 < sentence.upperBound, tokens[number].lowerIs("the") else { return nil }
        number += 1
        if tokens[number].lowerIs(oneOf: ["total", "overall", "official"]) { number += 1 }
        guard number + 3 < sentence.upperBound, tokens[number].lowerIs("number"), tokens[number + 1].lowerIs("of")
        else { return nil }
        // (The noun's words and a participle after it: `the number of people killed`.)
        let end = (number + 2..<min(sentence.upperBound, number + 6)).first { !tokens[$0].isWord }
        return nounOfNumber(at: number, to: end ?? min(sentence.upperBound, number + 6))
    }

    /// How far before `to` the words `number of` may stand: `the total number of people killed in the
    /// northern province since the start of the year to over 300`.
    static let raisedNumberReach = 16

    /// `brought the total number of X` with `number` at `number`: the noun after `of` and its event.
    private func raisedNumber(at number: Int, to: Int, sentence: Range<Int>) -> (unit: String, event: String?)? {
        var k = number - 1
        if k > sentence.lowerBound, tokens[k].lowerIs(oneOf: ["total", "overall", "official"]) { k -= 1 }
        // (`putting the number of civilians killed at 13`: a verb that sets the number before `at`.)
        let verbs = tokens[to].lowerIs("at") ? Self.numberPlacingVerbs : Self.numberRaisingVerbs
        guard k > sentence.lowerBound, tokens[k].lowerIs("the"), verbs.contains(lowerOf: tokens[k - 1]) else {
            return nil
        }
        return nounOfNumber(at: number, to: to)
    }

    /// The noun after `number of` (`number` at `number`) and the event a participle before `to` says of it:
    /// `the number of people killed in the raid` → person, killed.
    func nounOfNumber(at number: Int, to: Int) -> (unit: String, event: String?)? {
        guard number + 2 < to else { return nil }
        // (`the number of flooded homes`: one modifier before the noun.)
        var head = number + 2
        if !isPluralNoun(tokens[head]), head + 1 < to, tokens[head].isWord, !tokens[head].isCapitalized,
            isPluralNoun(tokens[head + 1])
        {
            head += 1
        }
        let noun = tokens[head]
        // `the number of dead`, `the number of those killed`: people.
        if FigureLexicon.casualtyWords.contains(lowerOf: noun),
            let event = FigureVocabulary.eventWords[noun.lower] ?? (noun.lowerIs("dead") ? "killed" : nil)
        {
            return ("person", event)
        }
        guard isPluralNoun(noun), !noun.isCapitalized else { return nil }
        let unit = Self.singular(noun.lower)
        var event = FigureLexicon.eventUnits[unit]
        // `the number of people killed`, `the number of members of the forces killed in Kelso`.
        if let participle = ((head + 1)..<to).first(where: {
            FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[$0])
        }) {
            event = FigureVocabulary.eventWords[tokens[participle].lower] ?? event
        }
        return (unit, event)
    }

    /// Verbs that set a number at a value: `putting the number of civilians killed at 13`.
    static let numberPlacingVerbs: WordSet = [
        "put", "puts", "putting", "placed", "places", "placing", "set", "sets", "setting", "estimated",
        "estimates", "estimating",
    ]

    /// Verbs that raise a number to a new one: `bringing the total number of … to`, `raised the number of`.
    static let numberRaisingVerbs: WordSet = FigureLexicon.tollRaisingParticiples.union([
        "brought", "brings", "bring", "raised", "raises", "raise", "took", "takes", "pushed", "pushes", "put",
        "puts", "lifted", "increased", "increases",
    ])
}
