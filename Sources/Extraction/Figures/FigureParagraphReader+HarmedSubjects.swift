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
        "inside", "outside", "so", "yesterday", "today",
    ]

    /// Words on the way back from the linking verb that end the harmed's clause: what stands before them is
    /// another clause, and the verb has a subject of its own (`recovered those killed, and the crews
    /// included …`, `treated the wounded while the teams were …`). A bare `and` ends it only right after the
    /// harmed (`the dead and the crews included`, `those killed and wounded`: no one harm), not inside what
    /// says where they were (`those killed in the shelling and the air raids included`).
    static let clauseJoinsBeforeLink: WordSet = [
        "and", "but", "or", "while", "whereas", "although", "though", "yet",
    ]

    /// Words right before `those`/`the` that make the harmed part of another phrase, not the verb's subject:
    /// `relatives of those killed were`, `care for the wounded was`.
    static let prepositionsBeforeHarmed: WordSet = [
        "of", "for", "to", "with", "by", "from", "about", "near", "like", "than", "beside", "behind",
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
            if token.isPunctuation(".") || token.isPunctuation(";") || token.isPunctuation(":") { return nil }
            if token.isWord, Self.clauseJoinsBeforeLink.contains(lowerOf: token),
                tokens[k - 1].isPunctuation(",") || !token.lowerIs(oneOf: ["and", "or"])
                    || FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[k - 1])
            {
                return nil
            }
            // `The victims were mostly civilians and included 20 children`, after tolls of the dead alone:
            // the victims are the dead (after other harms too they may be the wounded, and stay unsaid).
            // (Never more than the largest toll of the dead: `killed 5 and wounded many` … `The victims
            // included 20 children` counts the wounded too.)
            if token.isWord, token.lowerIs("victims"), tokens[k - 1].lowerIs("the"), harmsTold == ["killed"],
                phrase.value <= largestDeathToll
            {
                guard isSubjectOpening(before: k - 1, link: link, sentence: sentence) else { return nil }
                return "killed"
            }
            if token.isWord, FigureLexicon.casualtyParticiples.contains(lowerOf: token),
                tokens[k - 1].lowerIs(oneOf: ["those", "the"]),
                k + 1 == link || tokens[k + 1].isPunctuation(",")
                    || Self.wordsAfterHarmedParticiple.contains(lowerOf: tokens[k + 1])
            {
                guard isSubjectOpening(before: k - 1, link: link, sentence: sentence) else { return nil }
                let word = token.lower
                return FigureVocabulary.eventWords[word] ?? (word == "dead" ? "killed" : nil)
            }
            k -= 1
        }
        return nil
    }

    /// Whether the harmed, whose `those`/`the` is at `determiner`, open the linking verb's subject: not the
    /// object of a verb before them (`the men who buried those killed were …`, `crews carrying the wounded
    /// were …`; a reporting verb's clause is its own, `said those killed included …`), nor inside a phrase
    /// (`relatives of those killed were …`), nor joined to others (`those killed and the wounded
    /// included …`). `including` needs no subject (`recovered those killed,
    /// including 12 students`: the students are among them).
    func isSubjectOpening(before determiner: Int, link: Int, sentence: Range<Int>) -> Bool {
        if tokens[link].lowerIs("including") { return true }
        var j = determiner - 1
        if j >= sentence.lowerBound, tokens[j].lowerIs(oneOf: ["all", "both"]) { j -= 1 }  // `buried all those killed`
        guard j >= sentence.lowerBound, tokens[j].isWord else { return true }
        let word = tokens[j].lower
        if Self.prepositionsBeforeHarmed.contains(word) { return false }
        // `those killed and the wounded included`: the subject joins other people (not `…, and those killed`).
        if word == "and" || word == "or" { return j > sentence.lowerBound && tokens[j - 1].isPunctuation(",") }
        return EnglishWords.bundled.partOfSpeech(of: word) != .verb || SourceTracker.reportingVerbs.contains(word)
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
