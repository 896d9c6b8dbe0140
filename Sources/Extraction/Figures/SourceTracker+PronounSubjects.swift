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
        guard pronoun > sentence.lowerBound + 1, tokens[pronoun].lowerIs("it"),
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
        guard
            resolver.organizationOrCountry(named: subject) != nil
                || FigureLexicon.speakingHeads.contains(head) && !FigureLexicon.unnamedSourceHeads.contains(head)
        else { return nil }
        return subject
    }

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
