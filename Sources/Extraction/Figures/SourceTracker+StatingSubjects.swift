/// Who states a figure with no verb of saying: a named person or organisation as the subject of a verb of
/// expecting or reckoning (`Mara Tolvi expects to build four rockets`, `Orvel Motors expects sales to rise
/// 9%`), of a verb of finding or pledging with its that-clause (`the Vaski Institute found that 300 …`,
/// `Premier Mara Tolvi pledged that 40 schools …`), or as the owner of a finding (`Vaski's report found 18 faults`, `Vaski's testimony that concluded
/// there was a 40 percent chance`), or as the subject of `spoke out against` (`Bishop Anton Roe has spoken out
/// against the abduction of 130 farmers`). Taken only when the pattern leaves no doubt: the name is a person's or an
/// organisation's the entity pass found, it stands right before the verb (or its `'s` before the finding's
/// noun), and no number comes before the verb, so every figure of the sentence is what the name states.
extension SourceTracker {
    /// Verbs whose subject states the figure that follows (`expects`, `reckons`, `anticipates`): the verbs of
    /// saying and estimating (`says`, `estimates`, `predicts`) are ``reportingVerbs``.
    static let statingVerbs: WordSet = [
        "expects", "expected", "anticipates", "anticipated", "reckons", "reckoned", "projects", "projected",
        "calculates", "calculated",
    ]

    /// Verbs whose subject states the that-clause right after them: finding, showing, pledging (`found that`,
    /// `showed that`, `pledged that`). Without `that` they state nothing (`found the keys`, `showed courage`).
    static let thatClauseVerbs: WordSet = [
        "found", "finds", "concluded", "concludes", "showed", "shows", "pledged", "pledges", "promised", "promises",
        "vowed", "vows",
    ]

    /// Nouns of a finding someone owns (`Vaski's report`, `the agency's survey`).
    static let findingNouns: WordSet = [
        "testimony", "report", "study", "analysis", "survey", "research", "review", "assessment", "audit",
        "calculations", "findings", "investigation", "inquiry",
    ]

    /// Verbs a finding states its figure with (`found`, `concluded`, `showed`).
    static let findingVerbs: WordSet = [
        "found", "finds", "concluded", "concludes", "showed", "shows", "suggested", "suggests", "estimated",
        "estimates",
    ]

    /// The name that states the sentence's figures, as written, or nil.
    func statingSubject(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        for i in sentence {
            // A number before the verb is no part of what the name states.
            if tokens[i].isNumber { return nil }
            guard tokens[i].isWord else { continue }
            let isStating =
                Self.statingVerbs.contains(lowerOf: tokens[i])
                || Self.thatClauseVerbs.contains(lowerOf: tokens[i]) && i + 1 < sentence.upperBound
                    && tokens[i + 1].lowerIs("that")
            if isStating, let name = nameStating(verb: i, in: sentence, paragraph: paragraph) { return name }
            if speaksOut(at: i, in: sentence, tokens: tokens), let name = nameSpeakingOut(verb: i, in: sentence, paragraph: paragraph) {
                return name
            }
            if Self.findingVerbs.contains(lowerOf: tokens[i]),
                let name = nameOwningFinding(verb: i, in: sentence, paragraph: paragraph)
            {
                return name
            }
        }
        return nil
    }

    /// `Mara Tolvi expects`, `Orvel Motors also expects`: the person's or organisation's mention that ends
    /// right before the verb (over an adverb), opening the sentence or after a role, a title or a comma
    /// (`Kelvan chief Mara Tolvi expects`, `Prime Minister Mara Tolvi pledged`, `For 2026, Orvel expects`).
    /// Not a passive (`is expected`).
    private func nameStating(verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var end = verb
        while end > sentence.lowerBound, verb - end < 2, FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[end - 1])
        {
            end -= 1
        }
        // A headline's shortened passive (`Orvel expected to unveil 3 models`) states nothing of the name's.
        if tokens[verb].lower.hasSuffix("ed"), verb + 1 < sentence.upperBound, tokens[verb + 1].lowerIs("to") {
            return nil
        }
        guard !isPassive(verb, in: sentence, tokens: tokens) else { return nil }
        return subjectName(endingAt: end, in: sentence, paragraph: paragraph)
    }

    /// The person's or organisation's mention that ends at `end` and opens the sentence's subject: at the
    /// sentence's start (after `the`), or after a role, a title or a comma.
    private func subjectName(endingAt end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        guard let mention = mention(endingAt: end, in: sentence, paragraph: paragraph) else { return nil }
        let start = mention.lowerBound
        // (`The Vessa Water Board found that …`: the article before the name opens the subject.)
        let opener = start > sentence.lowerBound && tokens[start - 1].lowerIs("the") ? start - 1 : start
        // (Not the object of something before it: `… sold to Orvel Motors expected …` is no subject.)
        guard opener == sentence.lowerBound || tokens[opener - 1].isPunctuation(",")
            || FigureLexicon.roleHeads.contains(lowerOf: tokens[start - 1])
            || EnglishLexicon.titles.contains(tokens[start - 1].text)
        else { return nil }
        return paragraph.text(of: mention)
    }

    /// `Vaski's report found`, `Vaski's earlier testimony that concluded`: the person's or organisation's
    /// mention before `'s`, up to two words and a finding's noun (and `that` or `which`) before the verb.
    private func nameOwningFinding(
        verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> String? {
        let tokens = paragraph.tokens
        var noun = verb - 1
        if noun > sentence.lowerBound, tokens[noun].lowerIs(oneOf: ["that", "which"]) { noun -= 1 }
        guard noun > sentence.lowerBound, Self.findingNouns.contains(lowerOf: tokens[noun]) else { return nil }
        var owner = noun - 1
        while owner > sentence.lowerBound, noun - owner <= 2, tokens[owner].isWord, !tokens[owner].lowerIs("'s"),
            !tokens[owner].isCapitalized
        {
            owner -= 1
        }
        guard owner > sentence.lowerBound, tokens[owner].lowerIs("'s"),
            let mention = mention(endingAt: owner, in: sentence, paragraph: paragraph)
        else { return nil }
        return paragraph.text(of: mention)
    }

    /// Whether `spoke out against` (`speaks out`, `has spoken out`, with `about`, `over` or `on`) stands at `i`:
    /// whoever speaks out states the count of what they speak against (`spoke out against the abduction of
    /// 130 farmers`).
    func speaksOut(at i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        i + 2 < sentence.upperBound && tokens[i].lowerIs(oneOf: ["spoke", "spoken", "speaks"])
            && tokens[i + 1].lowerIs("out") && tokens[i + 2].lowerIs(oneOf: ["against", "about", "over", "on"])
    }

    /// `Bishop Anton Merrowby has spoken out against …`, `Kelvar Aid also spoke out …`: the name right before
    /// the verb, past `has`/`have`/`had` and an adverb, opening the sentence's subject.
    private func nameSpeakingOut(verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var end = verb
        while end > sentence.lowerBound, verb - end < 3,
            tokens[end - 1].lowerIs(oneOf: ["has", "have", "had"])
                || FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[end - 1])
        {
            end -= 1
        }
        return subjectName(endingAt: end, in: sentence, paragraph: paragraph)
    }

    /// The tokens of the person's or organisation's mention that ends right before `end`, if one does.
    private func mention(endingAt end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Range<Int>?
    {
        // (Only mentions opening a few words back: a bounded look-up, however long the sentence.)
        let from = max(sentence.lowerBound, end - 6)
        for mention in resolver.entities.mentions(in: from..<end, paragraph: paragraph.position)
        where mention.tokens.upperBound == end {
            let kind = resolver.entities.entities[mention.entity].kind
            if kind == .person || kind == .organization { return mention.tokens }
        }
        return nil
    }
}
