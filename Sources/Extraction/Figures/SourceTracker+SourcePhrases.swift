/// Where a sentence names its source: after `according to`, before or after a reporting verb (`The
/// military said`, `…, said the UN`), as the agent of a passive (`a toll confirmed by the UN`), before an
/// aside (`Barclays, which owns the Woolwich, forecast`), or as the phrase that opens the sentence.
extension SourceTracker {
    /// The words of the sentence that name its source, as written.
    func phrase(of sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        if let reporter = withClauseReporter(in: sentence, paragraph: paragraph) { return reporter }
        if let author = studyAuthor(in: sentence, paragraph: paragraph) { return author }
        for i in sentence where tokens[i].isWord {
            // (Every case below opens on one of these words: one look-up passes every other word.)
            guard Self.phraseOpeners.contains(lowerOf: tokens[i]) else { continue }
            // (`Floods Hit Tarn - Reports Harbour Wire World 1730 06.04.2017`: a page's furniture reports nothing.)
            if paragraph.headerFurniture?.contains(i) == true { continue }
            let word = tokens[i].lower
            if word == "according", i + 1 < sentence.upperBound, tokens[i + 1].lowerIs("to") {
                if let owner = tollOwner(from: i + 2, in: sentence, paragraph: paragraph) { return owner }
                if let name = nameBeforeClauseSubject(from: i + 2, in: sentence, paragraph: paragraph) { return name }
                // (Not `… in Aleppo city According to a source at …` mid-sentence: a sentence run on into the
                // one before, whose counts are no report of that source.)
                if i == sentence.lowerBound || !tokens[i].isCapitalized,
                    let organization = organizationOfRole(from: i + 2, in: sentence, paragraph: paragraph)
                {
                    return organization
                }
                if let phrase = nounPhrase(forwardFrom: i + 2, in: sentence, paragraph: paragraph) { return phrase }
            }
            if word == "citing" {
                if let subject = citingSubject(at: i, in: sentence, paragraph: paragraph) { return subject }
                continue
            }
            guard Self.reportingVerbs.contains(word) || isReportingUse(of: i, in: sentence, tokens: tokens) else {
                continue
            }
            if ["says", "say"].contains(word), isGluedHeadlineReport(at: i, in: sentence, tokens: tokens) { continue }
            // `Initial reports of 6 killed`, `estimates of the toll`: a noun, no verb.
            if ["reports", "estimates", "forecasts"].contains(word), i + 1 < sentence.upperBound,
                tokens[i + 1].lowerIs("of")
            {
                continue
            }
            // `Roe added 18 points`, `the plant adds 300 jobs`: adding a count reports nothing (`the source
            // added 5 were hurt` does).
            if ["added", "adds"].contains(word), startsCount(at: i + 1, in: sentence, tokens: tokens),
                !opensClauseAfterCount(at: i + 1, in: sentence, tokens: tokens)
            {
                continue
            }
            // `Roe added a second`, `Hale added his seventh of the season`: adding a score reports nothing
            // either (`added that …`, `…, Roe added.`, `added a warning that …` do).
            if ["added", "adds"].contains(word), addsScore(at: i, in: sentence, tokens: tokens) { continue }
            // `proposals announced by Trade Secretary Patricia Hewitt`, `a toll confirmed by the UN`: the agent.
            if i + 1 < sentence.upperBound, tokens[i + 1].lowerIs("by"),
                let agent = agentName(from: i + 2, in: sentence, paragraph: paragraph)
            {
                return agent
            }
            // `were reported killed`, `were also reported killed`, `has been added to the squad`: a passive
            // names no reporter.
            if isPassive(i, in: sentence, tokens: tokens) { continue }
            // Inverted: `…, said the military`, `… said Barazi.`, `… said the Syrian Observatory for Human
            // Rights.` closing the sentence; but `told AFP` names who heard it.
            let nameStart = i + 1 < sentence.upperBound && tokens[i + 1].lowerIs("the") ? i + 2 : i + 1
            if !Self.objectFirstVerbs.contains(word), nameStart == i + 1,
                let named = nameBeforeRunOnTitle(at: nameStart, in: sentence, paragraph: paragraph)
            {
                return named
            }
            if !Self.objectFirstVerbs.contains(word),
                let end = capitalizedRun(from: nameStart, in: sentence, tokens: tokens),
                end == sentence.upperBound || tokens[end].kind == .punctuation
                    || FigureLexicon.reportContinuations.contains(lowerOf: tokens[end]),
                !opensReportedClause(afterNameEndingAt: end, in: sentence, tokens: tokens)
            {
                if isDatelineTown(nameStart..<end, in: paragraph) { continue }
                return paragraph.text(of: nameStart..<end)
            }
            // `… on Monday said a monitoring group.`: a monitor described after the verb, the comma lost.
            if !Self.objectFirstVerbs.contains(word),
                let described = monitorDescribedAfterCommalessVerb(i, in: sentence, paragraph: paragraph)
            {
                return described
            }
            // `… said the Tarn Monitor a Vessa-based rights group.`: the name before a description with no comma.
            if !Self.objectFirstVerbs.contains(word),
                let named = nameBeforeCommalessAside(verb: i, nameStart: nameStart, in: sentence, paragraph: paragraph)
            {
                return named
            }
            // `Ms Roe - keen to calm lenders - had said …`: the name before an aside between dashes.
            if !Self.objectFirstVerbs.contains(word),
                let named = nameBeforeDashAside(verb: i, in: sentence, paragraph: paragraph)
            {
                return named
            }
            if !Self.objectFirstVerbs.contains(word), i > sentence.lowerBound, tokens[i - 1].kind == .punctuation,
                !tokens[i - 1].isPunctuation(")")
            {
                if let phrase = nameBeforeRoleAside(endingAt: i - 1, in: sentence, paragraph: paragraph) {
                    return phrase
                }
                if let name = nameInOpeningAppositive(endingAt: i - 1, in: sentence, paragraph: paragraph) {
                    return name
                }
                // `The automaker, which …, says the wagon will …`: the sentence's subject before its aside, not
                // what the report says.
                let subject = subjectBeforeAside(endingAt: i - 1, in: sentence, paragraph: paragraph)
                if let subject, opensSentenceBeforeAside(endingAt: i - 1, in: sentence, tokens: tokens),
                    reportsClause(after: i, in: sentence, tokens: tokens)
                {
                    return subject
                }
                if let phrase = nounPhrase(forwardFrom: i + 1, in: sentence, paragraph: paragraph) { return phrase }
                if let subject { return subject }
                continue
            }
            // `He said`, `she told`, `… including a child he said` (text that lost its commas), `it added`:
            // the resolver knows who was named last, or which organisation reports.
            if i > sentence.lowerBound, tokens[i - 1].lowerIs(oneOf: ["he", "she", "it"]) {
                return subjectOfIt(at: i - 1, in: sentence, paragraph: paragraph) ?? tokens[i - 1].lower
            }
            if let phrase = subjectBeforeBareAside(verb: i, in: sentence, paragraph: paragraph) { return phrase }
            if let name = nameBeforeBareAside(verb: i, in: sentence, paragraph: paragraph) { return name }
            if let name = nameBeforeRelativeClause(verb: i, in: sentence, paragraph: paragraph) { return name }
            if let name = calledName(verb: i, in: sentence, paragraph: paragraph) { return name }
            if let name = nameBeforeItsPlace(verb: i, in: sentence, paragraph: paragraph) { return name }
            if let phrase = nounPhrase(backwardFrom: i - 1, in: sentence, paragraph: paragraph) { return phrase }
            if let phrase = openingSubject(before: i, in: sentence, paragraph: paragraph) { return phrase }
        }
        return trailingCredit(in: sentence, paragraph: paragraph) ?? statingSubject(in: sentence, paragraph: paragraph)
            ?? colonCredit(in: sentence, paragraph: paragraph)
    }

    /// `… by the Trade and Industry Secretary Patricia Hewitt`: the capitalised words after `by` (with
    /// `and`, `of`, `for` inside), or nil when none follow.
    func agentName(from start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        let first = start < sentence.upperBound && tokens[start].lowerIs("the") ? start + 1 : start
        var end = first
        while end < sentence.upperBound, tokens[end].isWord,
            tokens[end].isCapitalized && !EnglishLexicon.notNames.contains(tokens[end].text)
                || (end > first && tokens[end].lowerIs(oneOf: ["and", "of", "for"]) && end + 1 < sentence.upperBound
                    && tokens[end + 1].isCapitalized)
        {
            end += 1
        }
        // `by Syrian state media`: capitalised words that only modify the noun after them name no one.
        if end < sentence.upperBound, tokens[end].isWord, !tokens[end].isCapitalized,
            !Self.stops.contains(lowerOf: tokens[end])
        {
            return nil
        }
        return end > first ? paragraph.text(of: first..<end) : nil
    }

    /// `Barclays, which owns the Woolwich, forecast …`, `The Observatory, citing sources on the ground,
    /// said …`: the subject before an aside that ends at the comma `end`.
    func subjectBeforeAside(endingAt end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var j = end - 1
        while j > sentence.lowerBound, end - j < 16, tokens[j].kind != .punctuation || tokens[j].text == "-" { j -= 1 }
        guard j > sentence.lowerBound, end - j < 16, tokens[j].isPunctuation(","), j + 1 < end,
            Self.asideOpeners.contains(lowerOf: tokens[j + 1])
                || describesOrganization(aside: (j + 1)..<end, tokens: tokens)
        else { return nil }
        return nounPhrase(backwardFrom: j - 1, in: sentence, paragraph: paragraph)
    }

    static let asideOpeners: WordSet = ["which", "who", "citing", "quoting", "speaking", "whose"]

    /// Whether the words before the aside that ends at the comma `end` are a noun phrase opening the
    /// sentence (`The German automaker, which …,`; not `30 died in Vesk, which …,`): no stop word among
    /// them, at most a few. Not before a person's aside (`Ben Tull, who joined the union,`): whether the
    /// person reports is for the role the aside names (``nameBeforeRoleAside(endingAt:in:paragraph:)``).
    func opensSentenceBeforeAside(endingAt end: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var j = end - 1
        while j > sentence.lowerBound, end - j < 16, tokens[j].kind != .punctuation || tokens[j].text == "-" { j -= 1 }
        guard j > sentence.lowerBound, j - sentence.lowerBound <= 6, tokens[j].isPunctuation(","),
            !tokens[j + 1].lowerIs(oneOf: ["who", "whose"])
        else { return false }
        return (sentence.lowerBound..<j).allSatisfy { tokens[$0].isWord && !Self.stops.contains(lowerOf: tokens[$0]) }
    }

    /// Whether what follows the verb at `i` is a clause it reports (`says the wagon will go`, `said that …`),
    /// not its object (`added the conversion to reach 1,000 points`): a verb within a few words, before
    /// any preposition or punctuation.
    func reportsClause(after i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = i + 1
        while k < sentence.upperBound, k - i <= 5, tokens[k].isWord {
            let word = tokens[k].lower
            if word == "that" || EnglishLexicon.beForms.contains(word) || EnglishLexicon.auxiliaries.contains(word)
                || k > i + 1 && word.hasSuffix("ed")
            {
                return true
            }
            if Self.objectMarkers.contains(word) { return false }
            k += 1
        }
        return false
    }

    /// `The US-led coalition targeting the jihadists in Syria and Iraq reported …`: the noun phrase that
    /// opens the sentence, when a participle follows it and no other verb stands before the report.
    func openingSubject(before verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var participle = sentence.lowerBound
        while participle < verb, participle - sentence.lowerBound < 5, tokens[participle].isWord,
            !(tokens[participle].lower.hasSuffix("ing") && participle > sentence.lowerBound + 1)
        {
            participle += 1
        }
        guard participle < verb, tokens[participle].lower.hasSuffix("ing"), tokens[sentence.lowerBound].lowerIs("the")
        else { return nil }
        for k in (participle + 1)..<verb {
            let word = tokens[k].lower
            if tokens[k].kind == .punctuation || EnglishLexicon.beForms.contains(word)
                || Self.reportingVerbs.contains(word)
                || ["has", "have", "had", "that", "which", "who", "said"].contains(word)
            {
                return nil
            }
        }
        return clean(paragraph.text(of: sentence.lowerBound..<participle))
    }
}
