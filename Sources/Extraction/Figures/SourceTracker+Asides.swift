/// Sources named before an aside: `Ali Hassan, head of the health office, said …` (an aside with the
/// role the name holds), `The Green Party, which believes it can win 50 seats, …` (an aside that reports),
/// `The Vesk Medical Union, a group of doctors, counted …` (an aside saying what the organisation is).
extension SourceTracker {
    /// The name before an aside that opens with a role (`, head of …,`, `, the director of …,`, `, a
    /// spokesman for …,`) or, after a determiner, ends in one (`, the group's health adviser,`) or names
    /// one before its organisation (`, a senior adviser at the ministry,`), or says what the person leads
    /// (`, who heads the group,`), and ends at the comma `end` before the reporting verb; nil otherwise.
    func nameBeforeRoleAside(endingAt end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        guard tokens[end].isPunctuation(",") else { return nil }
        var j = end - 1
        while j > sentence.lowerBound, end - j < 16, tokens[j].kind != .punctuation || tokens[j].text == "-" { j -= 1 }
        guard j > sentence.lowerBound, end - j < 16, tokens[j].isPunctuation(","), j + 1 < end else { return nil }
        var role = j + 1
        let determined = tokens[role].lowerIs(oneOf: ["the", "a", "an"])
        if determined, role + 1 < end { role += 1 }
        // (`, the group's health adviser,`: a person's role is the aside's last word.)
        guard
            FigureLexicon.roleHeads.contains(lowerOf: tokens[role])
                || determined && QuoteLexicon.roleHeads.contains(lowerOf: tokens[end - 1])
                || determined && roleBeforeItsOrganization(from: role, to: end, tokens: tokens)
                || holdsRole(aside: (j + 1)..<end, tokens: tokens)
                || !determined && isRoleAtNamedOrganization(aside: (j + 1)..<end, tokens: tokens)
        else { return nil }
        // The name: capitalised words that open the sentence, right before the aside.
        let name = sentence.lowerBound..<j
        guard !name.isEmpty, name.count <= 6, name.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].isNamePart })
        else { return nil }
        return clean(paragraph.text(of: name))
    }

    /// `, the health adviser of the group,`, `, a senior adviser at the ministry,`, `, a doctor at the
    /// hospital,`: a role or a word for a person (after up to two lowercase words) that the organisation it
    /// serves follows (`of`, `at`, `for`, `with`).
    func roleBeforeItsOrganization(from start: Int, to end: Int, tokens: [Token]) -> Bool {
        var k = start
        while k < end, k - start <= 2, tokens[k].isWord, !tokens[k].isCapitalized {
            let word = tokens[k].lower
            // (`, a doctor at the Vesk hospital,`: any word for a person, which the name is.)
            if QuoteLexicon.roleHeads.contains(word) || FigureLexicon.roleHeads.contains(word)
                || EntityLexicon.personCues.contains(word)
            {
                return k + 2 < end && tokens[k + 1].lowerIs(oneOf: ["of", "at", "for", "with"])
            }
            k += 1
        }
        return false
    }

    /// `, Kelvan Bank chief economist,`, `, Orvel Motors spokeswoman,`: an aside with no article that opens on
    /// the organisation's name (capitalised words) and ends on a person's role, with at most two lowercase
    /// words before it (`chief`, `senior`). Not `, Tarvo's main market,`: its last word is no role.
    func isRoleAtNamedOrganization(aside: Range<Int>, tokens: [Token]) -> Bool {
        guard aside.count >= 2, aside.count <= 7, let last = aside.last,
            QuoteLexicon.roleHeads.contains(lowerOf: tokens[last]) || FigureLexicon.roleHeads.contains(lowerOf: tokens[last]),
            tokens[aside.lowerBound].isCapitalized
        else { return false }
        var k = aside.lowerBound
        while k < last, tokens[k].isCapitalized || tokens[k].isNamePart { k += 1 }
        return k > aside.lowerBound && last - k <= 2
            && (k..<last).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && !Self.stops.contains(lowerOf: tokens[$0]) }
    }

    /// `, who heads the group,`, `, who chairs the council,`: an aside saying what the person leads.
    func holdsRole(aside: Range<Int>, tokens: [Token]) -> Bool {
        aside.count >= 3 && tokens[aside.lowerBound].lowerIs("who")
            && Self.leadingVerbs.contains(lowerOf: tokens[aside.lowerBound + 1])
    }

    /// Verbs of holding an office over an organisation: `who heads the group`.
    static let leadingVerbs: WordSet = ["heads", "headed", "leads", "led", "chairs", "chaired", "runs", "directs"]

    /// `The Green Party, which believes it can win up to 50 seats, …`, `the firm, which expects sales to
    /// rise 5%, …`: the noun phrase before `, which`/`, who` and a verb of saying or believing reports
    /// what the aside says.
    func subjectOfRelativeReport(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        for i in sentence where i - 3 >= sentence.lowerBound && Self.relativeReportVerbs.contains(lowerOf: tokens[i]) {
            guard tokens[i - 1].lowerIs(oneOf: ["which", "who"]), tokens[i - 2].isPunctuation(",") else { continue }
            return nounPhrase(backwardFrom: i - 3, in: sentence, paragraph: paragraph)
        }
        return nil
    }

    static let relativeReportVerbs: WordSet = [
        "says", "said", "believes", "believed", "expects", "expected", "estimates", "estimated", "predicts",
        "predicted", "claims", "claimed", "thinks", "forecasts",
    ]

    /// `, a group of doctors,`, `, a network of activists,`, `, a doctors' union,`: an aside that says what
    /// kind of organisation the subject before it is (a determiner, then an organisation's description as
    /// the aside's head, before any `of`).
    func describesOrganization(aside: Range<Int>, tokens: [Token]) -> Bool {
        guard tokens[aside.lowerBound].lowerIs(oneOf: ["a", "an", "the"]) else { return false }
        for k in (aside.lowerBound + 1)..<aside.upperBound {
            let word = tokens[k].lower
            // (The aside's head: `a union activist` is a person.)
            if FigureLexicon.organizationDescriptions.contains(word) {
                return k + 1 == aside.upperBound || Self.afterAsideHead.contains(lowerOf: tokens[k + 1])
            }
            if !tokens[k].isWord || word == "of" || Self.stops.contains(word) { return false }
        }
        return false
    }

    /// Words after the head of an aside saying what an organisation is: `a group of doctors`, `a network that
    /// …`, `a union for nurses`.
    static let afterAsideHead: WordSet = ["of", "for", "that", "which", "representing", "based"]

    /// `The Vesk Medical Union (VMU) a group of doctors counted …`, in text that lost its commas: the name
    /// and its bracketed short form before an aside saying what the organisation is, right before the verb
    /// at `verb`.
    func subjectBeforeBareAside(verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var k = verb - 1
        while k > sentence.lowerBound, verb - k < 8, !tokens[k - 1].isPunctuation(")") {
            guard tokens[k].isWord else { return nil }
            k -= 1
        }
        guard k > sentence.lowerBound, tokens[k - 1].isPunctuation(")"), k < verb,
            describesOrganization(aside: k..<verb, tokens: tokens)
        else { return nil }
        return nounPhrase(backwardFrom: k - 1, in: sentence, paragraph: paragraph)
    }
}
