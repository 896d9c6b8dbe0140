/// Two sayers joined by `and` before one reporting verb: `The monitor and doctors said 12 were killed`, `The
/// Kelso health ministry and rescuers said …`, `Ann Roe and her team counted …`. When the words before the verb name no one the article
/// knows, the first sayer, which the article may have named before, reports.
extension SourceTracker {
    /// The first of two sayers that open the sentence and end at its reporting verb, or nil: the sentence
    /// must open on them (`Jets hit the town and doctors said …` joins two clauses, not two sayers), with
    /// only words between, one `and`, and a short second sayer of lowercase words with no stop word. Not a
    /// name with `and` inside (`the Department for Work and Pensions said`).
    func firstOfCoordinatedSayers(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        firstOfOpeningSayers(in: sentence, paragraph: paragraph)
            ?? firstOfClosingSayers(in: sentence, paragraph: paragraph)
    }

    /// The first of two sayers that open the sentence (see ``firstOfCoordinatedSayers(in:paragraph:)``).
    private func firstOfOpeningSayers(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        let reach = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + Self.coordinatedSayersReach)
        guard
            let verb = reach.first(where: { !tokens[$0].isWord || Self.reportingVerbs.contains(lowerOf: tokens[$0]) }),
            tokens[verb].isWord, !isPassive(verb, in: sentence, tokens: tokens)
        else { return nil }
        let opening = sentence.lowerBound..<verb
        guard opening.count >= 3,
            let and = opening.first(where: { tokens[$0].lowerIs("and") }), and > sentence.lowerBound,
            verb - and - 1 >= 1, verb - and - 1 <= 3
        else { return nil }
        // The second sayer: a determiner, then lowercase words that describe (``describesSecondSayer``).
        let second = (and + 1)..<verb
        guard second.allSatisfy({ describesSecondSayer(at: $0, and: and, verb: verb, tokens: tokens) }) else {
            return nil
        }
        // The first opens the sentence as a noun phrase: no verb, event or stop word in it (`Jets bombed the
        // market and doctors said` is two clauses).
        guard
            (sentence.lowerBound..<and).allSatisfy({
                let token = tokens[$0]
                if token.lowerIs(oneOf: ["the", "a", "an", "'s", "of", "for"]) { return true }
                return FigureVocabulary.eventWords[token.lower] == nil && !Self.stops.contains(lowerOf: token)
                    && (token.isCapitalized || !token.lower.hasSuffix("ed"))
            })
        else { return nil }
        // The first: a noun phrase of its own (`The monitor`, `Kelso's health ministry`), read as any subject is.
        guard let first = nounPhrase(backwardFrom: and - 1, in: sentence, paragraph: paragraph),
            !Self.pronouns.contains(first.lowercased())
        else { return nil }
        return first
    }

    /// `… at a farm east of Tarvan the Vessa Council for Civic Freedoms and field medics reported.`: two sayers
    /// that close the sentence, in text that lost its comma, the first a name (a capitalised word ends it),
    /// the second a short description after `and`, as ``firstOfOpeningSayers(in:paragraph:)`` reads it.
    private func firstOfClosingSayers(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var verb = sentence.upperBound - 1
        while verb > sentence.lowerBound, tokens[verb].kind == .punctuation { verb -= 1 }
        guard verb - sentence.lowerBound >= 4, tokens[verb].isWord, Self.reportingVerbs.contains(lowerOf: tokens[verb]),
            !isPassive(verb, in: sentence, tokens: tokens)
        else { return nil }
        var and = verb - 1
        while and > sentence.lowerBound + 1, verb - and <= 3, !tokens[and].lowerIs("and") { and -= 1 }
        guard tokens[and].lowerIs("and"), verb - and - 1 >= 1,
            ((and + 1)..<verb).allSatisfy({ describesSecondSayer(at: $0, and: and, verb: verb, tokens: tokens) }),
            tokens[and - 1].isCapitalized,
            let first = nounPhrase(backwardFrom: and - 1, in: sentence, paragraph: paragraph),
            !Self.pronouns.contains(first.lowercased()),
            first.wordsBetweenSpaces().contains(where: { $0.first?.isUppercase == true }),
            !namesPlace(before: and, in: sentence, tokens: tokens)
        else { return nil }
        return first
    }

    /// `… were hurt near Kelvar University and local doctors said`, `… when shells hit Lebanon and medics
    /// said`: the capitalised name before `and` says where, not who, when a place preposition stands before it
    /// (past a `the`) or the gazetteer knows it as a place.
    private func namesPlace(before and: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var start = and
        while start - 1 >= sentence.lowerBound, and - start < 7 {
            let token = tokens[start - 1]
            // (`of`, `for`, `'s`, `&` inside a name: `Kelvar University of Arts`.)
            let inner =
                token.lowerIs(oneOf: ["of", "for", "'s", "&"]) && start < and && start - 2 >= sentence.lowerBound
                && tokens[start - 2].isCapitalized
            guard token.isCapitalized && !Self.stops.contains(lowerOf: token) || inner else { break }
            start -= 1
        }
        guard start < and else { return false }
        let name = tokens[start..<and].map(\.text).joined(separator: " ")
        if gazetteer.place(named: name) != nil { return true }
        var before = start - 1
        if before >= sentence.lowerBound, tokens[before].lowerIs("the") { before -= 1 }
        return before >= sentence.lowerBound && Self.placePrepositionsBeforeSayer.contains(lowerOf: tokens[before])
    }

    /// A word of the second sayer (`doctors`, `the local medics`): lowercase, no stop word but `the`, no event
    /// word. (`Ann Roe and her team reported …`: the first sayer's own people, after a possessive.)
    private func describesSecondSayer(at k: Int, and: Int, verb: Int, tokens: [Token]) -> Bool {
        !tokens[k].isCapitalized && !tokens[k].lowerIs("and")
            && (!Self.stops.contains(lowerOf: tokens[k]) || tokens[k].lowerIs("the")
                || k == and + 1 && k + 1 < verb && tokens[k].lowerIs(oneOf: ["his", "her", "their", "its"]))
            && FigureVocabulary.eventWords[tokens[k].lower] == nil && tokens[k].isWord
    }

    /// The reporting verb must come within this many words of the sentence's start: `The Syrian Observatory
    /// for Human Rights and local doctors said`.
    static let coordinatedSayersReach = 12

    /// Prepositions whose object is a place, not a sayer: `near Kelvar University and medics said`.
    static let placePrepositionsBeforeSayer: WordSet = EntityLexicon.placePrepositions.union(["at", "from"])
}
