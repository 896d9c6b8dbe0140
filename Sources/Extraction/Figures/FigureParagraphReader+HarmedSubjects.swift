/// A count of people that a subject naming the harmed introduces: `those killed in the raids include 14
/// children and four women`, `the dead included 12 people`, `among those wounded were 20 students`. The
/// people listed after the verb are some of the harmed, so the harm befell them.
extension FigureParagraphReader {
    /// Verbs that link the harmed to the people counted after them.
    static let harmedSubjectLinks: WordSet = [
        "include", "includes", "included", "including", "were", "was", "are", "is",
    ]

    /// Words that may stand right after the harmed's participle, before the rest of the subject or its verb
    /// (`those killed in the raid`, `those wounded overnight`): not a noun (`the dead man's family`).
    static let wordsAfterHarmedParticiple: WordSet = [
        "in", "on", "at", "during", "by", "from", "near", "overnight", "since", "when", "after", "across",
        "inside", "outside", "so", "yesterday", "today", "and",
    ]

    /// How many tokens before the linking verb the harmed may be named (`those killed in the two attacks on
    /// the northern town on Sunday included`).
    static let harmedSubjectReach = 12

    /// How many tokens of earlier listed counts may stand between the linking verb and the count (`include
    /// 14 children, six women and four men`).
    static let harmedListReach = 16

    /// The harm the subject names when the count (of people, or bare) follows a linking verb whose subject
    /// is `those` or `the` and a casualty participle or nominal (`those killed`, `the dead`, `the wounded`),
    /// over earlier listed counts of the same verb; nil otherwise.
    func eventOfHarmedSubject(_ phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        guard let link = harmedSubjectLink(before: phrase, sentence: sentence) else { return nil }
        var k = link - 1
        while k > sentence.lowerBound, link - k <= Self.harmedSubjectReach {
            let token = tokens[k]
            // (A clause's end between: the harmed belong to something else; a number may say where they were,
            // `those killed in two attacks`.)
            if token.isPunctuation(".") || token.isPunctuation(";") { return nil }
            if token.isWord, FigureLexicon.casualtyParticiples.contains(lowerOf: token),
                tokens[k - 1].lowerIs(oneOf: ["those", "the"]),
                k + 1 == link || tokens[k + 1].isPunctuation(",")
                    || Self.wordsAfterHarmedParticiple.contains(lowerOf: tokens[k + 1])
            {
                let word = token.lower
                return FigureVocabulary.eventWords[word] ?? (word == "dead" ? "killed" : nil)
            }
            k -= 1
        }
        return nil
    }

    /// The token of the linking verb before the count: right before it (over `at least`, `some`, `about`),
    /// or before earlier counts of the same list (`include 14 children and [four women]`).
    func harmedSubjectLink(before phrase: NumberPhrase, sentence: Range<Int>) -> Int? {
        var j = phrase.tokens.lowerBound - 1
        while j >= sentence.lowerBound, phrase.tokens.lowerBound - j <= Self.harmedListReach {
            let token = tokens[j]
            if token.isWord, Self.harmedSubjectLinks.contains(lowerOf: token) { return j }
            // Over the list: numbers, commas, `and`, and the nouns they count (no verb, no clause word).
            let passes =
                isNumeral(token) || token.isPunctuation(",") || token.isPunctuation("&")
                || token.isWord
                    && (FigureLexicon.wordsBeforeCount.contains(lowerOf: token) || token.lowerIs("and")
                        || isPluralNoun(token) && FigureVocabulary.eventWords[token.lower] == nil)
            guard passes else { return nil }
            j -= 1
        }
        return nil
    }
}
