/// Bare numbers of a change that the subject names the noun of: `the number of people out of work rose
/// 32,000 to 1.41 million`, `the benefit claimant total fell 11,000 to 813,200`, `the death toll rose by 12
/// to 40`, `the number of electric cars on sale is expected to grow from 16 currently to as many as 80`,
/// `New permits in May fell to 7,400, from 8,100 in April`. Both the change (or the old level) and the new
/// level count the subject's noun.
extension FigureParagraphReader {
    /// Verbs by which a number changes.
    static let changeVerbs: WordSet = FigureLexicon.tollRiseVerbs.union([
        "rise", "fell", "fallen", "fall", "falls", "falling", "increase", "decreased", "decrease", "decreases",
        "dropped", "drop", "drops", "climb", "grew", "grow", "grown", "grows", "growing", "jump", "declined",
        "decline", "declines", "slipped", "slid", "shrank", "shrunk", "dipped", "surged", "soared", "plunged",
        "plummeted", "tumbled",
    ])

    /// Words that may stand between the verb of change and the count besides numbers: `by 12 to`, `from 16
    /// currently to as many as`.
    static let wordsOfAChange: WordSet = [
        "by", "to", "from", "currently", "now", "today", "as", "many", "much", "more", "than", "at", "least",
        "about", "around", "some", "nearly", "almost", "over", "up", "down", "an", "estimated", "roughly",
    ]

    /// Words that qualify the count itself, right before it: `as many as 80`, `more than 500`.
    static let qualifiersOfAChange: WordSet = [
        "as", "many", "much", "more", "than", "at", "least", "about", "around", "some", "nearly", "almost", "over",
        "an", "estimated", "roughly",
    ]

    /// How far back from the count the verb of change may stand (`grow from 16 currently to as many as 80`).
    static let changeReach = 10

    /// The noun (and event) of the subject of a verb of change before a bare count, or nil: the verb within
    /// ``changeReach`` tokens with only numbers and ``wordsOfAChange`` between, and its subject `the
    /// (total) number of NOUN`, `the (death) toll`, `the NOUN total` or a plural noun of things counted
    /// (``pluralSubject(endingAt:sentence:)``) within ``raisedNumberReach`` words before it, with no number
    /// or full stop between.
    func changedNumber(before phrase: NumberPhrase, sentence: Range<Int>) -> (unit: String, event: String?)? {
        // (`Rises to 11 44 Injured`: a count with its own casualty word is no level of the toll.)
        let end = phrase.tokens.upperBound
        if end < sentence.upperBound, FigureLexicon.casualtyWords.contains(lowerOf: tokens[end]) { return nil }
        var j = phrase.tokens.lowerBound - 1
        // Right before the count, over its qualifiers (`as many as`): the verb, `by`, `to` or `from`.
        while j > sentence.lowerBound, Self.qualifiersOfAChange.contains(lowerOf: tokens[j]) { j -= 1 }
        guard j > sentence.lowerBound,
            Self.changeVerbs.contains(lowerOf: tokens[j]) || tokens[j].lowerIs(oneOf: ["by", "to", "from"])
        else { return nil }
        while j > sentence.lowerBound, phrase.tokens.lowerBound - j <= Self.changeReach {
            let token = tokens[j]
            if token.isWord, Self.changeVerbs.contains(lowerOf: token) {
                guard let subject = subjectOfChange(verb: j, sentence: sentence) else { return nil }
                // (`… has risen to 18` after `18 jihadists killed`: the noun the value counted first.)
                return subject.event == "killed" && subject.unit == "person"
                    ? (unitsByValue[phrase.value] ?? "person", "killed") : subject
            }
            // (`fell to 7,000, from 8,100 in May`: a comma before the level it fell from.)
            guard isNumeral(token) || token.isPunctuation("%") || NumberWords.scales[token.lower] != nil
                || NumberWords.abbreviatedScales[token.lower] != nil || Self.wordsOfAChange.contains(lowerOf: token)
                || token.isPunctuation(",") && tokens[j + 1].lowerIs("from")
            else { return nil }
            j -= 1
        }
        return nil
    }

    /// Words that end a subject looked back over: a clause before it (`The number of tourists fell last
    /// year, and revenue rose 12 to 400`, `Despite the storm's toll on tourism, visitor numbers rose …`).
    static let subjectBoundaries: WordSet = [
        "and", "but", "while", "whereas", "although", "though", "despite", "said", "says",
    ]

    /// Words of the verb group between a subject and its verb of change: `is expected to grow`, `has risen`.
    static let verbGroupWords: WordSet = EnglishLexicon.beForms.union([
        "has", "have", "had", "will", "would", "could", "may", "might", "expected", "likely", "set", "to",
        "forecast", "projected", "continued", "continues", "also", "further", "since", "then",
    ])

    /// Words before `toll` that make it a count of the dead: `the death toll`, `the toll`.
    static let tollOpeners: WordSet = ["death", "casualty", "the", "fatality"]

    /// The noun and event of the subject that ends before the verb at `verb`: the clause's own subject, not
    /// crossing a comma, a conjunction or another verb of change; `toll` only as the head (`the death toll
    /// rose`, `the toll in Tarrow rose`), not a modifier (`toll revenue`).
    func subjectOfChange(verb: Int, sentence: Range<Int>) -> (unit: String, event: String?)? {
        var k = verb - 1
        // Over the verb group to the subject's last word.
        while k > sentence.lowerBound, verb - k <= 4, Self.verbGroupWords.contains(lowerOf: tokens[k]) { k -= 1 }
        let head = k
        if let plain = pluralSubject(endingAt: head, sentence: sentence) { return plain }
        while k > sentence.lowerBound, verb - k <= Self.raisedNumberReach {
            let token = tokens[k]
            if isNumeral(token) || token.isPunctuation(".") || token.isPunctuation(";") || token.isPunctuation(",")
                || token.isWord && (Self.subjectBoundaries.contains(lowerOf: token)
                    || Self.changeVerbs.contains(lowerOf: token))
            {
                return nil
            }
            if token.lowerIs("number"), tokens[k + 1].lowerIs("of") { return nounOfNumber(at: k, to: verb) }
            if token.lowerIs("toll"), k > sentence.lowerBound, Self.tollOpeners.contains(lowerOf: tokens[k - 1]),
                k == head || tokens[k + 1].lowerIs(oneOf: ["in", "from"])
            {
                return ("person", "killed")
            }
            if token.lowerIs("total"), !tokens[k + 1].lowerIs(oneOf: ["of", "number"]) {
                return nounOfTotal(at: k)
            }
            k -= 1
        }
        return nil
    }

    /// `New loans in May fell to 7,000 from 8,100`, `Visitors rose 900 to 41,000`: a plural noun of things
    /// counted as the subject (its last word at `last`, or before `in`/`during` and one or two words: `in
    /// May`, `in the spring`), not an amount (`prices`, `sales`, `rates`: ``FigureLexicon/amountNouns``), a
    /// name, or the object of `of` (`the death toll of civilians`, which the loop below reads).
    func pluralSubject(endingAt last: Int, sentence: Range<Int>) -> (unit: String, event: String?)? {
        guard !paragraph.isTitleCase else { return nil }
        var noun = last
        if let during = ((last - 2)...(last - 1)).last(where: {
            $0 > sentence.lowerBound && tokens[$0].lowerIs(oneOf: ["in", "during"])
        }) {
            noun = during - 1
        }
        let token = tokens[noun]
        let opens = noun == sentence.lowerBound
        guard noun >= sentence.lowerBound, token.isWord, !token.isCapitalized || opens, isPluralNoun(token),
            opens || !Self.prepositionsBeforeAnObject.contains(lowerOf: tokens[noun - 1])
                && !tokens[noun - 1].isNumber,
            FigureVocabulary.eventWords[token.lower] == nil
        else { return nil }
        let unit = Self.singular(token.lower)
        guard !FigureLexicon.amountNouns.contains(unit), FigureLexicon.measureKinds[unit] == nil else { return nil }
        // (Not a noun inside a longer subject: `sales of Mini models`, `the number of drives in gadgets`, `the
        // death toll of attacks on neighbourhoods`, which name what is counted before it.)
        var k = noun - 1
        while k >= sentence.lowerBound, noun - k <= Self.raisedNumberReach {
            let word = tokens[k]
            if word.isPunctuation(".") || word.isPunctuation(";") || word.isPunctuation(",") { break }
            if word.lowerIs(oneOf: ["number", "toll", "total"]) || noun - k <= 3 && word.lowerIs("of") { return nil }
            k -= 1
        }
        return (unit, FigureLexicon.eventUnits[unit])
    }

    /// Words whose object a plural noun right after them is, not a subject of its own (`attacks on
    /// civilians rose`, `deaths among children rose`).
    static let prepositionsBeforeAnObject: WordSet = [
        "of", "on", "among", "against", "for", "to", "from", "by", "with", "at", "into", "over", "about",
    ]

    /// Modifiers of `total` that count people out of work: `the jobless total`.
    static let peopleOutOfWorkWords: WordSet = ["jobless", "unemployed", "unemployment", "dole"]

    /// `the benefit claimant total`, `the jobless total`: the noun the word right before `total` names; nil
    /// for `the total`, `the overall total` and other adjectives.
    func nounOfTotal(at total: Int) -> (unit: String, event: String?)? {
        guard total > 0, tokens[total - 1].isWord, !tokens[total - 1].isCapitalized else { return nil }
        let word = tokens[total - 1].lower
        if Self.peopleOutOfWorkWords.contains(word) { return ("person", nil) }
        // (A noun by the word list, or a word it does not know: `claimant`.)
        let partOfSpeech = EnglishWords.bundled.partOfSpeech(of: word)
        guard !FigureLexicon.wordsBeforeCount.contains(word), !FigureLexicon.phraseBreakers.contains(word),
            !isAdjective(word), partOfSpeech == .noun || partOfSpeech == nil
        else { return nil }
        return (Self.singular(word), FigureLexicon.eventUnits[Self.singular(word)])
    }
}
