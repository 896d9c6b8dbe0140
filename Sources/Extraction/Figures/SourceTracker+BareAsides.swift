/// Sources named before an aside that lost its commas (text stripped of punctuation): `Rana Oster the
/// director of the Tarvo clinic told reporters …`, `Vesk Rescue a volunteer service working in the hills
/// said …`. The name that opens the sentence reports, not the last words of the aside.
extension SourceTracker {
    /// The person or organisation named at the sentence's opening (after an optional `The`), when an aside
    /// opening with a determiner follows it at once, says what it is (a role for a person: `the director
    /// of …`; a description for an organisation: `a volunteer service`, `a local group`) within its first
    /// words, and runs to the reporting verb at `verb` with words only, none a verb of its own.
    func nameBeforeBareAside(verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        let opening = tokens[sentence.lowerBound].lowerIs("the") ? sentence.lowerBound + 1 : sentence.lowerBound
        // (The name ends before the verb: not `The Kelvar Courier REPORTED …`, where the capitals run on over
        // the verb into one mention.)
        guard opening < verb,
            let (name, kind) = resolver.mention(openingAt: opening, in: sentence, paragraph: paragraph),
            name.upperBound <= verb
        else { return nil }
        let aside = name.upperBound..<verb
        guard aside.count >= 2, aside.count <= Self.bareAsideLength,
            tokens[aside.lowerBound].lowerIs(oneOf: ["the", "a", "an"]),
            aside.allSatisfy({ tokens[$0].isWord && !Self.verbsInAside.contains(lowerOf: tokens[$0]) })
        else { return nil }
        let head = (aside.lowerBound + 1)..<min(aside.lowerBound + 5, aside.upperBound)
        let says = head.contains { k in
            let word = tokens[k].lower
            return kind == .person
                ? QuoteLexicon.roleHeads.contains(word) || FigureLexicon.roleHeads.contains(word)
                : FigureLexicon.organizationDescriptions.contains(word)
        }
        guard says else { return nil }
        return paragraph.text(of: name)
    }

    /// `The Observatory which monitors the war in Syria said …` (the commas lost): the person or organisation
    /// named, or an organisation described (`The monitor which …`), at the sentence's opening (after `The` and
    /// a modifier, `Britain-based`), when a relative clause opens right after it (`which` for an organisation,
    /// `who` for a person, then a verb: `monitors`, `closely monitors`, `had earlier reported`) and runs to the
    /// reporting verb at `verb` with words and numbers only, none a verb of its own beyond the first.
    func nameBeforeRelativeClause(verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var opening = tokens[sentence.lowerBound].lowerIs("the") ? sentence.lowerBound + 1 : sentence.lowerBound
        if opening < verb, SourceResolver.isModifier(tokens[opening].text) { opening += 1 }
        guard opening < verb else { return nil }
        // (`The monitor which earlier gave a toll of 12 said …`: a description the article's source may stand
        // for, given whole, `Britain-based` and all, to the resolver like any other subject.)
        let named = resolver.mention(openingAt: opening, in: sentence, paragraph: paragraph)
        let described = named == nil ? organizationDescription(openingAt: opening, before: verb, tokens: tokens) : nil
        guard let (name, kind) = named ?? described.map({ ($0, ExtractedEntity.Kind.organization) }) else {
            return nil
        }
        let relative = name.upperBound
        guard relative + 2 < verb, verb - relative <= Self.bareAsideLength,
            tokens[relative].lowerIs(kind == .person ? "who" : "which")
        else { return nil }
        var clauseVerb = relative + 1
        // (`which had earlier reported 9 dead`: an auxiliary before the clause's verb.)
        if tokens[clauseVerb].lowerIs(oneOf: ["has", "had", "have"]) { clauseVerb += 1 }
        if FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[clauseVerb])
            || tokens[clauseVerb].lower.hasSuffix("ly")
        {
            clauseVerb += 1
        }
        // (`which gave a toll of 12`: a past form of its own; numbers may stand in the clause. Not the reporting
        // verb itself: `which had earlier reported` is the clause, not its subject's report.)
        guard clauseVerb < verb else { return nil }
        let word = tokens[clauseVerb].lower
        guard word.hasSuffix("s") || word.hasSuffix("ed") || EnglishWords.bundled.partOfSpeech(of: word) == .verb,
            ((clauseVerb + 1)..<verb).allSatisfy({
                (tokens[$0].isWord || tokens[$0].isNumber) && !Self.verbsInAside.contains(lowerOf: tokens[$0])
            })
        else { return nil }
        return described == nil ? paragraph.text(of: name) : clean(paragraph.text(of: sentence.lowerBound..<relative))
    }

    /// `monitor`, `war monitor`, `monitoring group` opening at `start`: up to three lowercase words ending in an
    /// organisation's description right before a relative `which`, within the words before `verb`.
    private func organizationDescription(openingAt start: Int, before verb: Int, tokens: [Token]) -> Range<Int>? {
        var end = start
        while end < verb, end - start < 3, tokens[end].isWord, !tokens[end].isCapitalized || end == start,
            !tokens[end].lowerIs("which")
        {
            end += 1
        }
        guard end > start, end < verb, tokens[end].lowerIs("which"),
            FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[end - 1])
        else { return nil }
        return start..<end
    }

    /// The longest aside read between a name and its verb.
    static let bareAsideLength = 14

    /// Words that make an aside a clause of its own (`the director was …`, `a group that has …`, `a group
    /// which Ostria says killed 12`): then who reports is not known from the opening name.
    static let verbsInAside: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "said", "says", "told", "will", "would", "and", "but",
        "which", "that", "who", "whom", "whose",
    ]
}
