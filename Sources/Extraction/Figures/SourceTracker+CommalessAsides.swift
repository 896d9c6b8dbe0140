/// Inverted attributions whose description of the one named runs on after the name with no comma (text that
/// lost its commas): `… said the Tarn Monitor a Vessa-based rights group.`, `… said the Monitor which relies
/// on volunteers.`, `… said the Tarn Monitor for Rights monitoring group.`, `… said Ann Roe head of the
/// Kelvar health office`, `… said Monitor director Ann Roe.` The one named reports, not the description.
extension SourceTracker {
    /// The name right after the inverted reporting verb at `verb` (`nameStart` past its `the`) when a comma-less
    /// description follows it, or nil.
    func nameBeforeCommalessAside(
        verb: Int, nameStart start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> String? {
        let tokens = paragraph.tokens
        // (`he said the Monitor which …`, `Ann Roe said the Monitor …`: after a subject the name is what is said,
        // not who says it; `on Sunday said the Monitor …` has none.)
        guard verb > sentence.lowerBound, !Self.pronouns.contains(lowerOf: tokens[verb - 1]),
            !(tokens[verb - 1].isCapitalized && tokens[verb - 1].isWord
                && !Self.isCalendarWord(tokens[verb - 1].lower)),
            let end = capitalizedRun(from: start, in: sentence, tokens: tokens), end + 1 < sentence.upperBound,
            tokens[end].isWord, !isDatelineTown(start..<end, in: paragraph),
            // (`The army said Hamas commander Ali …`, `Police said the Monitor a …`: a few words with no number
            // opening the sentence are the verb's subject, and what follows is what it said.)
            !Self.isShortSubject(sentence.lowerBound..<verb, tokens: tokens)
        else { return nil }
        let next = tokens[end]
        let position = paragraph.position
        if FigureLexicon.singleRoleHeads.contains(lowerOf: next) {
            // `said Monitor director Ann Roe.`: the organisation's word, the role, the person who holds it.
            if resolver.personMention(at: start, in: sentence, paragraph: position) == nil,
                let person = resolver.personMention(at: end + 1, in: sentence, paragraph: position),
                closesAttribution(at: person.upperBound, in: sentence, tokens: tokens, withPlaceOfWork: false)
            {
                return paragraph.text(of: person)
            }
            // `said Ann Roe head of the Kelvar health office`: the person, the role and its organisation.
            if Self.titleLinks.contains(lowerOf: tokens[end + 1]),
                let person = resolver.personMention(at: start, in: sentence, paragraph: position), person.upperBound == end
            {
                return paragraph.text(of: person)
            }
            return nil
        }
        // (The name whole, a person or an organisation of the article: not `Kelvar which …`, a place.)
        let named = resolver.mention(openingAt: start, in: sentence, paragraph: paragraph).map {
            $0.tokens.upperBound == end
        }
        // `said the Monitor which relies on volunteers.`, `said Ann Roe who heads the office.`
        if next.lowerIs(oneOf: ["which", "who"]) { return named == true ? paragraph.text(of: start..<end) : nil }
        // `said the Tarn Monitor a Vessa-based rights group.`: an indefinite description whose head, within five
        // words, is an organisation's or a role's noun and closes the attribution (not `a day after`, nor `a
        // rights group had lied`, where the name opens a clause).
        // `said the Tarn Monitor for Rights monitoring group.`: the same with no article, two words at most.
        let indefinite = next.lowerIs(oneOf: ["a", "an"])
        guard indefinite || named == true else { return nil }
        var k = indefinite ? end + 1 : end
        while k < sentence.upperBound, k - end <= (indefinite ? 5 : 2),
            tokens[k].isWord && (indefinite || !tokens[k].isCapitalized) || indefinite && tokens[k].text == "-"
        {
            if FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[k])
                || FigureLexicon.singleRoleHeads.contains(lowerOf: tokens[k])
            {
                return closesAttribution(at: k + 1, in: sentence, tokens: tokens) ? paragraph.text(of: start..<end) : nil
            }
            k += 1
        }
        return nil
    }

    /// `… killed 12 people in Tarvo on Monday said a monitoring group.`, `… says a Vessa-based monitoring group.`,
    /// `… said the war monitor adding …`: a description of a war monitor (``ArticleMonitors/describesMonitor(_:)``,
    /// with its `a`, `an` or `the`) right after the inverted reporting verb at `verb` with no comma before it,
    /// closing the sentence (or going on with the report), as written; nil otherwise. The same words after a
    /// comma are read as the verb's noun phrase; here the comma was lost. (Not after a pronoun, `he said the
    /// monitor …`, nor after a short subject, `The army said the monitor …`, where the description is what was
    /// said.)
    func monitorDescribedAfterCommalessVerb(
        _ verb: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> String? {
        let tokens = paragraph.tokens
        let article = verb + 1
        guard verb > sentence.lowerBound, article + 1 < sentence.upperBound, tokens[verb - 1].isWord,
            tokens[article].lowerIs(oneOf: ["a", "an", "the"]), !Self.pronouns.contains(lowerOf: tokens[verb - 1]),
            !Self.isShortSubject(sentence.lowerBound..<verb, tokens: tokens)
        else { return nil }
        // Up to four words (a hyphen inside one: `UK-based`), lowercase but for a place-based modifier.
        var end = article + 1
        while end < sentence.upperBound, end - article <= 6, tokens[end].isWord || tokens[end].text == "-" {
            end += 1
        }
        while end > article + 1 {
            let phrase = paragraph.text(of: article..<end)
            let words = phrase.wordsBetweenSpaces().map { $0.lowercased() }
            if words.count <= 5, tokens[end - 1].isWord, !tokens[end - 1].isCapitalized,
                closesAttribution(at: end, in: sentence, tokens: tokens, withPlaceOfWork: false),
                Self.describesWarMonitor(words)
            {
                return phrase
            }
            end -= 1
        }
        return nil
    }

    /// A description (lowercase words, its article first) that can stand for no one but a war monitor: a
    /// monitor's head (``ArticleMonitors/describesMonitor(_:)``: `the war monitor`, `the UK-based observatory`),
    /// or `group` after nothing but `monitoring`, `war` and `-based` words, one of them `monitoring` or `-based`
    /// (`a monitoring group`, `the Britain-based group`; not `the jihadist group`, `the rights group`).
    static func describesWarMonitor(_ words: [String]) -> Bool {
        guard let head = words.last, ArticleMonitors.describesMonitor(words) else { return false }
        if ArticleMonitors.heads.contains(head) { return true }
        let modifiers = words.dropFirst().dropLast()
        return head == "group" && modifiers.allSatisfy({ $0 == "monitoring" || $0 == "war" || $0.hasSuffix("-based") })
            && modifiers.contains(where: { $0 == "monitoring" || $0.hasSuffix("-based") })
    }

    /// Whether the attribution ends at `k`: the sentence's end, punctuation, or a word that goes on with the
    /// report or names where the speaker works (`adding`, `citing`, `in`, `of`).
    /// `withPlaceOfWork` false: not `in`/`of` (`said Hamas commander Ali of the Brigades was killed`, where the
    /// person after the role is what was said).
    func closesAttribution(at k: Int, in sentence: Range<Int>, tokens: [Token], withPlaceOfWork: Bool = true) -> Bool {
        k >= sentence.upperBound || tokens[k].kind == .punctuation
            || FigureLexicon.reportContinuations.contains(lowerOf: tokens[k])
            || withPlaceOfWork && Self.titleLinks.contains(lowerOf: tokens[k])
            || tokens[k].lowerIs(oneOf: ["which", "who", "that"])
            // (A sentence the splitter ran on: `… said Ann Roe The next day …`.)
            || tokens[k].isCapitalized && EnglishLexicon.notNames.contains(tokens[k].text)
    }

    /// Whether `words`, the words before a reporting verb, are only a short subject opening the sentence: four
    /// words or fewer, none a number (a report before an inverted `said` tells of something: `12 died said …`).
    static func isShortSubject(_ words: Range<Int>, tokens: [Token]) -> Bool {
        words.count <= 4 && !tokens[words].contains { $0.kind == .number || $0.text.contains(where: \.isNumber) }
    }
}
