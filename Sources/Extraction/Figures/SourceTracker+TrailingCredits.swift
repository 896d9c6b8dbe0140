/// Reports with no verb of saying. A toll whose attribution lost its verb: `Rebels killed 12 fighters near
/// the border, the UK-based Syrian Observatory.` (`said` or `according to` dropped from the text). The
/// organisation that closes the sentence after `, the` credits it when it is a monitor or a news agency, and
/// after `the` and a place-based modifier also a ministry or an agency; not a name set beside the noun it
/// renames (`the state broadcaster, the X Agency`). And who cites
/// a count (`…, citing 300 violations`) reports it.
extension SourceTracker {
    /// The words of the credit that closes the sentence, as written, or nil when the sentence does not
    /// close on one.
    func trailingCredit(in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        var end = sentence.upperBound
        while end > sentence.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
        // (Only a statement closed by a full stop: not a question, not a sentence cut off.)
        guard end < sentence.upperBound, tokens[end].isPunctuation(".") else { return nil }
        // The name: its capitalised words, with `for`, `of` inside (`Observatory for Human Rights`).
        var start = end
        while start > sentence.lowerBound, end - start < 8, tokens[start - 1].isWord,
            tokens[start - 1].isCapitalized && !SourceResolver.isModifier(tokens[start - 1].text)
                || start < end && tokens[start - 1].lowerIs(oneOf: ["for", "of"])
        {
            start -= 1
        }
        while start < end, !tokens[start].isCapitalized { start += 1 }
        guard start < end else { return nil }
        // `the UK-based`, `the state news agency SANA`: modifiers and a description before the name.
        var open = start
        while open > sentence.lowerBound, start - open < 4, tokens[open - 1].isWord,
            SourceResolver.isModifier(tokens[open - 1].text)
                || FigureLexicon.descriptionModifiers.contains(lowerOf: tokens[open - 1])
                || FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[open - 1])
        {
            open -= 1
        }
        guard open > sentence.lowerBound + 1, tokens[open - 1].lowerIs("the") else { return nil }
        let the = open - 1
        // `…, the Syrian Observatory.`, or with no comma when a modifier says it is an organisation's credit
        // (`… the UK-based Syrian Observatory.`); not an object (`… attacked the Interior Ministry.`).
        let comma = tokens[the - 1].isPunctuation(",")
        let based = (open..<start).contains(where: { SourceResolver.isModifier(tokens[$0].text) })
        guard comma || based else { return nil }
        // Nor a name set beside the noun it renames (`… employees of the state broadcaster, the National
        // Broadcasting Agency.`, `… outside the army headquarters, the Defence Ministry.`).
        if comma, the >= sentence.lowerBound + 2,
            FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[the - 2])
                || Self.renamedPlaceNouns.contains(tokens[the - 2].lower)
        {
            return nil
        }
        // A list of objects (`hit the court, the school, the Interior Ministry.`) credits no one.
        let listed = (sentence.lowerBound..<(the - 1)).contains {
            tokens[$0].isPunctuation(",") && tokens[$0 + 1].lowerIs("the")
        }
        if listed { return nil }
        if (sentence.lowerBound..<the).contains(where: { tokens[$0].isPunctuation(":") }) { return nil }
        // (After a comma alone, only a monitor or a news agency: a ministry or an agency closing a sentence is
        // as often the last thing the sentence names.)
        guard
            isTollReportingName(
                paragraph.text(of: start..<end), kinds: based ? Self.tollReportingKinds : Self.monitorKind),
            (sentence.lowerBound..<the).contains(where: { tokens[$0].isNumber || Self.isCount(tokens[$0].text) })
        else { return nil }
        return paragraph.text(of: open..<end)
    }

    /// Whether a name is of a kind that reports tolls by trade: a news agency, or a name with a word of a
    /// monitor, a ministry or an agency (`Syrian Observatory`, `Health Ministry`, `Anadolu Agency`).
    func isTollReportingName(_ name: String, kinds: Set<String>) -> Bool {
        FigureLexicon.isNewsAgencyOrNamesKind(name, where: kinds.contains)
    }

    /// The kinds of organisation whose name alone closing a toll credits it, after a place-based modifier.
    static let tollReportingKinds: Set<String> = ["monitor", "ministry", "agency"]

    /// The one kind whose name closing a toll after a bare comma credits it.
    static let monitorKind: Set<String> = ["monitor"]

    /// Nouns of buildings and bodies a closing name may rename rather than credit.
    static let renamedPlaceNouns: Set<String> = [
        "headquarters", "broadcaster", "building", "compound", "offices", "base", "station", "newspaper", "regulator",
    ]

    /// `The Kelvan army declared the truce over, citing 300 violations`: who cites a count reports it — the
    /// name that opens the sentence as its subject (a capitalised run, `the` before it, its verb after),
    /// or nil when the sentence opens otherwise.
    func citingSubject(at i: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        guard startsCount(at: i + 1, in: sentence, tokens: tokens) else { return nil }
        var first = sentence.lowerBound
        if first < i, tokens[first].lowerIs("the") { first += 1 }
        guard first < i, tokens[first].isCapitalized else { return nil }
        let end = nameEnd(from: first, in: sentence, tokens: tokens)
        // (Its verb next, `declared`, `had declared`: not `Kelvan forces killed …`, whose name is a modifier.)
        guard end < i, tokens[end].isWord, !tokens[end].isCapitalized,
            tokens[end].lower.hasSuffix("ed") || tokens[end].lowerIs(oneOf: ["has", "had", "have", "was", "is"])
        else { return nil }
        return paragraph.text(of: first..<end)
    }
}
