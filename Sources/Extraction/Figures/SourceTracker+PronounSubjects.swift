/// `it` inside a sentence that opens with who it is: `The Ostrian government seized the plant to cover a
/// $2bn bill it says the firm owes`, `The Vesk Republic blamed the rebels for an attack which it estimates
/// killed 1,400 people`. The pronoun stands for the sentence's subject, not for whoever reported before.
extension SourceTracker {
    /// The subject that opens the sentence, when `it` at `pronoun` stands after it and the subject can speak:
    /// an organisation or country of the article, or a description headed by a word of who speaks
    /// (`government`, `army`, `group`); nil otherwise (`The highest toll was …, it said`, `Five civilians were
    /// killed, it said`: the pronoun is someone named before).
    func subjectOfIt(at pronoun: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        // (`Kelvan Oil shares rose 14% after it said …`: a clause of its own opens before the pronoun; what
        // it said is not the sentence's figure.)
        // (`…, killing 12 civilians, it said.`, `… killing 7 children it said.`: a report closing the
        // sentence is the reporter's named before; only `it` inside the sentence, right after a word and
        // with the reported clause going on after its verb, is the subject's: `a bill it says the firm
        // owes`, `an attack which it estimates killed 1,400`.)
        guard pronoun > sentence.lowerBound + 1, pronoun + 2 < sentence.upperBound, tokens[pronoun].lowerIs("it"),
            tokens[pronoun - 1].isWord, tokens[pronoun + 2].isWord,
            !Self.clauseOpeners.contains(lowerOf: tokens[pronoun - 1])
        else { return nil }
        var first = sentence.lowerBound
        if tokens[first].lowerIs("the") { first += 1 }
        var end = first
        while end < pronoun, end - first < 6, tokens[end].isWord, !tokens[end].isNumber,
            !Self.stops.contains(lowerOf: tokens[end]), !Self.pronouns.contains(lowerOf: tokens[end]),
            !Self.isVerbAfterSubject(tokens[end], first: end == first)
        {
            end += 1
        }
        // (The subject's verb follows it: `The Ostrian army accused …`.)
        guard end > first, end < pronoun, tokens[end].isWord, tokens[first].isCapitalized else { return nil }
        let subject = paragraph.text(of: first..<end)
        let head = tokens[end - 1].lower
        // (`it` stands for one body, never for people or a plural: `Regime forces …, which it said …`.)
        guard
            resolver.organizationOrCountry(named: subject) != nil
                || Self.bodyHeads.contains(head) && !FigureLexicon.unnamedSourceHeads.contains(head)
        else { return nil }
        return subject
    }

    /// Heads of a description `it` can stand for: one body that speaks (of `FigureLexicon.speakingHeads`,
    /// not a person's role and not a plural).
    static let bodyHeads: WordSet = [
        "military", "army", "navy", "police", "ministry", "government", "authority", "media", "tv", "television",
        "radio", "agency", "monitor", "group", "coalition", "command", "company", "firm", "council", "committee",
        "commission", "union", "organisation", "organization", "observatory", "network", "office", "department",
        "hospital", "administration", "court", "service", "watchdog", "regulator", "bank", "institute", "charity",
    ]

    /// Words that open a clause of their own before its pronoun subject.
    static let clauseOpeners: WordSet = [
        "after", "before", "when", "because", "as", "since", "until", "though", "although", "if", "once", "while",
        "whereas", "unless",
    ]

    /// Whether a word after the opening subject is its verb: a past form, a reporting verb, or a word the
    /// dictionary knows only as a verb (`seized`, `accuses`, `blamed`).
    static func isVerbAfterSubject(_ token: Token, first: Bool) -> Bool {
        guard !first, !token.isCapitalized else { return false }
        let word = token.lower
        return word.hasSuffix("ed") || reportingVerbs.contains(word) || relativeReportVerbs.contains(word)
            || EnglishWords.bundled.partOfSpeech(of: word) == .verb
    }
}
