// A person the article names for the first time as a sentence's subject (`Dr Ann Roe, head of the Tarvan
// clinic moved to reassure parents.`, `A witness named Bo Lin who was hurt described the blast.`): the one a
// `he` or `she` right after stands for, before whoever spoke earlier (``QuoteExtractor/Recent/introduced``).

extension QuoteParagraph {
    /// How many tokens the words before the introduced name may take.
    static let introductionReach = 14

    /// Words that open a sentence with a phrase whose object the name would be (`For Ann Lee, …`, `Despite
    /// Bo Roe's goal …`), not its subject; besides ``QuoteLexicon/rolePrepositions`` and
    /// ``QuoteLexicon/adverbialPrepositions``, the other prepositions whose object a name right after them
    /// is (``followsPreposition(_:sentence:)``).
    static let prepositionsOpeningSentence: WordSet = [
        "despite", "like", "unlike", "behind", "than", "including", "without", "under", "alongside", "beside",
        "besides", "against", "among", "amid", "about", "except", "within", "into", "onto", "toward", "towards",
        "across", "around", "between", "beyond", "upon", "throughout", "outside", "inside", "beneath",
    ]

    /// Prepositions inside a role before a name (`Head of the division, Ann Roe`, `Secretary to the Treasury
    /// Bo Lin`).
    static let prepositionsInRole: WordSet = ["of", "to", "for", "at"]

    /// The person the sentence starting at `sentence` names for the first time in the article as its subject:
    /// the first name of the sentence, after nothing but an opening conjunction, its role (titles, role words,
    /// `of`/`to` phrases, a possessor: `Kelvar's lawyer, Ann Roe,`; `A witness named Bo Lin`) and commas; then
    /// a comma or a lowercase word (its verb or `who`). Not a name after a verb or a preposition opening the
    /// sentence (`After losing to Bo Lin`, `The coach is Ann Roe`), joined to another (`Ann Lee and Bo Roe`)
    /// nor a possessor (`Bo Lin's side`).
    func introducedSubject(at sentence: Int) -> Int? {
        let end = sentenceEnd[sentence]
        var k = sentence
        var commas = 0
        var firstWord: Int?
        while k < end, k - sentence <= Self.introductionReach {
            guard spanOf[k] < 0 else { return nil }
            let token = tokens[k]
            if mentionCovering[k] >= 0 {
                let mention = mentions[mentionCovering[k]]
                let after = mention.tokens.upperBound
                let possessor = after < end && tokens[after].lowerIs("'s")
                if entities.entities[mention.entity].kind == .person, !possessor {
                    // `The new coach at Kestrel Hill is …`: a name a preposition governs is no subject, even
                    // when the entity pass took it for a person.
                    guard mention.tokens.lowerBound == k, !followsPreposition(k, sentence: sentence) else {
                        return nil
                    }
                    return isIntroduction(mention, sentence: sentence, end: end) ? mention.entity : nil
                }
                // `Kelvar's lawyer`, `the Tarvan Post's critic`: a possessor in the role.
                if firstWord == nil { firstWord = k }
                k = possessor ? after + 1 : after
                continue
            }
            if token.kind == .punctuation {
                guard token.isPunctuation(","), commas < 2 else { return nil }
                commas += 1
                k += 1
                continue
            }
            let lower = token.lower
            let opening = firstWord == nil
            if opening { firstWord = k }
            if opening, QuoteParagraph.openingAdverbs.contains(lowerOf: token) {
                firstWord = nil
                k += 1
                continue
            }
            if QuoteLexicon.rolePrepositions.contains(lowerOf: token)
                || QuoteLexicon.adverbialPrepositions.contains(lowerOf: token)
                || Self.prepositionsOpeningSentence.contains(lowerOf: token)
            {
                // `Head of the division`, `Secretary to the Treasury`: inside a role; not `faces competition from`.
                guard !opening, Self.prepositionsInRole.contains(lowerOf: token) else { return nil }
            }
            // `A witness named Bo Lin`: the verb of naming right before the name.
            let naming = (lower == "named" || lower == "called") && k + 1 < end && mentionCovering[k + 1] >= 0
            if !naming {
                guard verbs[k] == nil, !EnglishLexicon.beForms.contains(lowerOf: token),
                    !EnglishLexicon.auxiliaries.contains(lowerOf: token),
                    !QuoteLexicon.pronouns.contains(lowerOf: token),
                    !QuoteLexicon.clauseBoundaries.contains(lowerOf: token),
                    !QuoteLexicon.subordinators.contains(lowerOf: token),
                    token.isCapitalized || !(lower.hasSuffix("ed") || lower.hasSuffix("ing"))
                else { return nil }
            }
            k += 1
        }
        return nil
    }

    /// Whether the word before token `k`, or before a `the` before it, is a preposition (`at Kestrel Hill`,
    /// `of the Tarvan Trust`): a name there is the preposition's object.
    private func followsPreposition(_ k: Int, sentence: Int) -> Bool {
        var j = k - 1
        if j >= sentence, tokens[j].lowerIs("the") { j -= 1 }
        guard j >= sentence else { return false }
        let word = tokens[j]
        return QuoteLexicon.rolePrepositions.contains(lowerOf: word)
            || QuoteLexicon.adverbialPrepositions.contains(lowerOf: word)
            || Self.prepositionsOpeningSentence.contains(lowerOf: word)
    }

    /// Whether the person `mention` names is first named in the article in this sentence, and the mention
    /// is followed by a comma or a lowercase word, not a possessive or `and`.
    private func isIntroduction(_ mention: EntityExtractor.MentionReference, sentence: Int, end: Int) -> Bool {
        let e = mention.entity
        guard roles.firstSpelling[e] == nil, let first = roles.firstNamed[e], first.paragraph == paragraph.position,
            first.start >= tokens[sentence].start,
            entities.isEvidentPerson(e, mentionedAt: mention.tokens, tokens: tokens)
        else { return false }
        let after = mention.tokens.upperBound
        guard after < end, spanOf[after] < 0 else { return false }
        let next = tokens[after]
        if next.isPunctuation(",") { return true }
        // (Not a name that modifies a role noun: `a Kelvar Trust spokesman said`.)
        return next.isWord && !next.isCapitalized && next.lower != "'s" && !next.lowerIs(oneOf: ["and", "or"])
            && !QuoteLexicon.roleHeads.contains(lowerOf: next) && !QuoteLexicon.unnamedHeads.contains(lowerOf: next)
    }
}
