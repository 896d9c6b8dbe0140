/// The noun phrase that names a source, walked backward from its verb (`The Iraqi military said`) or
/// forward from it (`said the Britain-based monitor`), and the words that end one.
extension SourceTracker {
    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you", "who", "which", "that"]
    static let stops = WordSet([
        "that", "which", "who", "and", "but", "while", "as", "when", "where", "also", "has", "have", "had", "was",
        "were", "is", "are", "will", "would", "later", "earlier", "previously", "then", "had", "in", "on", "at",
        "of", "for", "to", "by", "from", "with", "after", "before", "said", "say", "says", "because", "since",
        "if", "so", "what", "how", "not", "yet", "once", "there", "all", "this", "these", "those", "without",
        "during", "despite", "against", "into", "through", "under", "over", "via", "amid", "among", "causing",
        "killing", "leaving", "including", "than", "more", "its", "their", "his", "her", "near", "outside", "inside",
    ]).union(connectives)

    /// Connectives that open a sentence or stand before its verb (`However local media said`, `The centre
    /// however put the toll at …`, in text that lost its commas): no part of who reports.
    static let connectives: WordSet = [
        "however", "meanwhile", "moreover", "furthermore", "additionally", "separately", "instead", "nevertheless",
        "nonetheless", "therefore", "thus", "hence", "besides",
    ]

    /// The noun phrase ending at `end`: `The Iraqi military`, `Syrian state TV`, `US officials`.
    /// (`overBase`: whether a place that closes the phrase, `SANA reporter in Aleppo`, may be stepped over to
    /// the subject before it; not again from there.)
    func nounPhrase(
        backwardFrom end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph,
        overBase: Bool = true
    ) -> String? {
        let tokens = paragraph.tokens
        var start = end + 1
        var j = skipBackOverAside(from: end, in: sentence, tokens: tokens)
        // `have said`, `had earlier said`: step over auxiliaries and adverbs.
        while j >= sentence.lowerBound,
            tokens[j].lowerIs(oneOf: ["has", "have", "had", "was", "were", "is", "been"])
                || FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[j])
                || Self.connectives.contains(lowerOf: tokens[j])
        { j -= 1 }
        // `the Kelvan Relief Union (KRU) has said`, `… (KRU) earlier said`: the acronym's brackets stand
        // before the auxiliary or the adverb too.
        if j < end, j >= sentence.lowerBound { j = skipBackOverAside(from: j, in: sentence, tokens: tokens) }
        let last = j
        while j >= sentence.lowerBound, last - j < 7 {
            let token = tokens[j]
            if token.lower == "'s" { j -= 1; continue }
            // `KT&R officials said`: a name glued by `&` is one word of the phrase (a slash more often
            // stands between two: `analysts Tarvo/MDR said`).
            if j > sentence.lowerBound, j < last, tokens[j].text == "&",
                EntityExtractor.isGluedJoiner(at: j, in: tokens)
            {
                start = j
                j -= 1
                continue
            }
            // `for`, `of` inside a name: `Syrian Observatory for Human Rights`.
            // A stop word written capitalised inside a name: `Doctors Without Borders`.
            // An ampersand inside a name: `Marks & Spencer`, `AT&T`.
            let innerParticle =
                (token.lowerIs(oneOf: ["for", "of"]) || token.isCapitalized || token.text == "&")
                && j > sentence.lowerBound && j < last && tokens[j - 1].isCapitalized && tokens[j + 1].isCapitalized
            // (`the WHO said`: an acronym spelt like a stop word heads the phrase; not `by IS activists said`.)
            guard token.isWord || token.text == "&" && innerParticle,
                !Self.stops.contains(lowerOf: token) || innerParticle || j == last && Self.isAcronym(j, tokens: tokens)
            else { break }
            // A determiner opens the noun phrase; a day or month name is the end of something else.
            if token.lowerIs(oneOf: ["the", "a", "an"]) {
                // (`As a result local media said`, `In the city Syrian state TV said`: a determiner after a
                // preposition opens that preposition's object, which ends at its noun; the subject follows.)
                // (`a source at the Police Command said`: a role's organisation still reports.)
                if start <= last, j > sentence.lowerBound,
                    Self.objectMarkers.contains(lowerOf: tokens[j - 1]) || tokens[j - 1].lowerIs("as"),
                    j - 2 < sentence.lowerBound || !FigureLexicon.roleHeads.contains(lowerOf: tokens[j - 2]),
                    let noun = (start...last).first(where: {
                        !tokens[$0].isCapitalized && EnglishWords.bundled.partOfSpeech(of: tokens[$0].lower) == .noun
                    })
                {
                    guard noun < last else { return nil }
                    start = noun + 1
                }
                break
            }
            // `killing four civilians residents said`, `in the last 48 hours military sources said` (text
            // that lost its commas): a counted noun or an event word ends the clause before.
            if j < last, FigureVocabulary.eventWords[token.lower] != nil { break }
            // (Not a name after a date, `13 Jun 2016 Syrian Observatory for Human Rights says`, nor an
            // organisation's description after a count with no noun, `kills 10 monitoring group says`.)
            if j > sentence.lowerBound, j < last, Self.isCount(tokens[j - 1].text), !token.isCapitalized,
                FigureLexicon.descriptionKind(token.lower) == nil,
                !FigureLexicon.descriptionModifiers.contains(lowerOf: token)
            {
                break
            }
            // `killing four more civilians two residents said`: the count opens a counted phrase, no source.
            if j < last, Self.isCount(token.text) {
                start = j
                break
            }
            if token.isCapitalized && j < last
                && (EnglishLexicon.month(token.lower) != nil || EnglishLexicon.weekdays[token.lower] != nil)
            {
                break
            }
            start = j
            j -= 1
        }
        guard start <= last, !Self.pronouns.contains(lowerOf: tokens[last]) || Self.isAcronym(last, tokens: tokens)
        else { return nil }
        // `… targeting the jihadists in both Syria and Iraq reported`: the object of a preposition or the
        // second of two joined names is not who reports.
        // (`a source at Damascus Police Command said`: a role's organisation still reports.)
        // (`Speaking to AFP Observatory director Rami Abdel Rahman said`: who was spoken to opens the subject.)
        // (`a Kelso-TV correspondent in the city reported`, `… correspondent to the area reported`: the role
        // reports for what names it, not the place it stands in.)
        if overBase, start - 3 >= sentence.lowerBound, last - start < 2, tokens[start - 1].lowerIs("the"),
            tokens[start - 2].lowerIs(oneOf: ["in", "at", "to"]), FigureLexicon.pressRoles.contains(lowerOf: tokens[start - 3]),
            (start...last).allSatisfy({ !tokens[$0].isCapitalized })
        {
            return nounPhrase(backwardFrom: start - 3, in: sentence, paragraph: paragraph, overBase: false)
        }
        // (`Kelso-TV reporter in Tarvo said`, `a Kelso-TV correspondent at Vessa reported`: a press role's place,
        // named or not, known to the gazetteer or not, is where the role stands, never who reports; the role
        // reports for the outlet named before it, or for no one.)
        if overBase, start - 2 >= sentence.lowerBound, tokens[start - 1].lowerIs(oneOf: ["in", "at"]),
            FigureLexicon.pressRoles.contains(lowerOf: tokens[start - 2])
        {
            // (`Our reporter in Tarvo said`, `A correspondent at Vessa said`: no outlet is named.)
            let beforeRole = start - 3
            guard beforeRole >= sentence.lowerBound,
                !tokens[beforeRole].lowerIs(oneOf: ["a", "an", "the", "our", "its", "their", "his", "her", "my", "your"])
            else { return nil }
            return nounPhrase(backwardFrom: start - 2, in: sentence, paragraph: paragraph, overBase: false)
        }
        let spokenTo =
            start >= sentence.lowerBound + 2 && tokens[start - 1].lowerIs("to")
            && tokens[start - 2].lowerIs(oneOf: ["speaking", "talking"])
        // (`SANA reporter in Hama said`: a role's place, unlike its organisation, does not report.)
        if overBase, start - 2 >= sentence.lowerBound, tokens[start - 1].lowerIs(oneOf: ["in", "at"]),
            FigureLexicon.roleHeads.contains(lowerOf: tokens[start - 2]),
            let subject = subjectBeforeItsBase(start...last, in: sentence, paragraph: paragraph)
        {
            return subject
        }
        if start > sentence.lowerBound, tokens[start - 1].isWord, !spokenTo,
            Self.objectMarkers.contains(lowerOf: tokens[start - 1]),
            start - 2 < sentence.lowerBound || tokens[start - 1].lowerIs("and")
                || !FigureLexicon.roleHeads.contains(lowerOf: tokens[start - 2])
        {
            guard let subject = subjectAfterObject(start...last, tokens: tokens, paragraph: paragraph) else {
                return overBase ? subjectBeforeItsBase(start...last, in: sentence, paragraph: paragraph) : nil
            }
            start = subject
        }
        // `the UN refugee agency (UNHCR) said`: a description whose name is the acronym in brackets after it.
        if last + 3 <= end, tokens[last + 1].isPunctuation("("), tokens[last + 3].isPunctuation(")"),
            tokens[last + 2].isAllCaps, tokens[last + 2].text.utf8.count >= 2, tokens[last].startsLowercase,
            FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[last])
        {
            return tokens[last + 2].text
        }
        // (With its indefinite article, which `clean` reads: `a German carmaker` is no company named before.)
        let article = start > sentence.lowerBound && tokens[start - 1].lowerIs(oneOf: ["a", "an"]) ? 1 : 0
        return clean(paragraph.text(of: (start - article)..<(last + 1)))
    }

    /// `SANA reporter in Aleppo said`, `The Syrian Observatory for Human Rights based in Britain said`: when
    /// the words before the verb are a place the gazetteer knows (`east Aleppo` too) after `in` or `at` (and a participle of
    /// being based), the noun phrase before them, if it names someone (a capitalised word: not `the coalition
    /// fighting the rebels in Yemen reported`), is no place and opens on no count.
    func subjectBeforeItsBase(
        _ words: ClosedRange<Int>, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> String? {
        let tokens = paragraph.tokens
        let link = words.lowerBound - 1
        // (`… in east Marlow reported`: a direction before the place is part of it.)
        let place =
            words.count > 1 && FigureLexicon.directions.contains(lowerOf: tokens[words.lowerBound])
            ? words.lowerBound + 1 : words.lowerBound
        guard link > sentence.lowerBound, tokens[link].lowerIs(oneOf: ["in", "at"]),
            gazetteer.place(named: paragraph.text(of: place..<(words.upperBound + 1))) != nil
        else { return nil }
        var end = link - 1
        if end > sentence.lowerBound, FigureLexicon.baseParticiples.contains(lowerOf: tokens[end]) { end -= 1 }
        guard tokens[end].isWord, !Self.stops.contains(lowerOf: tokens[end]),
            let phrase = nounPhrase(backwardFrom: end, in: sentence, paragraph: paragraph, overBase: false),
            let first = phrase.wordsBetweenSpaces().first, !Self.isCount(String(first)),
            phrase.wordsBetweenSpaces().contains(where: { $0.first?.isUppercase == true }),
            gazetteer.place(named: phrase) == nil,
            !isObjectOfAParticiple(wordsEndingAt: end, count: phrase.wordsBetweenSpaces().count, in: sentence, tokens)
        else { return nil }
        return phrase
    }

    /// `Kurdish fighters battling ISIS in Raqqa said`, `troops backed by Russia in Latakia said`: a participle
    /// (`battling`, `fighting`, `backed`) within the phrase of `count` words ending at `end`, or right before
    /// it, makes what follows it that verb's object: no one who reports.
    private func isObjectOfAParticiple(wordsEndingAt end: Int, count: Int, in sentence: Range<Int>, _ tokens: [Token])
        -> Bool
    {
        var k = end
        var words = 0
        while k >= sentence.lowerBound, words <= count {
            let token = tokens[k]
            if token.isWord {
                words += 1
                if k < end, !token.isCapitalized, token.lower.hasSuffix("ing") || token.lower.hasSuffix("ed"),
                    FigureLexicon.descriptionKind(token.lower) == nil,
                    !FigureLexicon.descriptionModifiers.contains(lowerOf: token),
                    !FigureLexicon.baseParticiples.contains(lowerOf: token),
                    k == sentence.lowerBound || tokens[k - 1].text != "-"  // (`the Saudi-led coalition`)
                {
                    return true
                }
            }
            k -= 1
        }
        return false
    }

    /// `… province of Deir Ezzor state-run news agency said`, `… in Aleppo neighborhood Syrian State TV
    /// announced`: after the place that ends the clause before (a gazetteer name and its place noun) comes
    /// the subject; nil when nothing is left.
    func subjectAfterObject(_ words: ClosedRange<Int>, tokens: [Token], paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> Int?
    {
        var placeEnd: Int?
        // `southern Syria SANA news agency`: a direction before the place is part of it.
        let first =
            FigureLexicon.directions.contains(lowerOf: tokens[words.lowerBound])
            ? words.lowerBound + 1 : words.lowerBound
        var k = first
        while k <= words.upperBound, k - first < 4, tokens[k].isCapitalized || tokens[k].isNamePart {
            if gazetteer.place(named: paragraph.text(of: first..<(k + 1))) != nil { placeEnd = k + 1 }
            k += 1
        }
        // No place known: the words stand whole if a description ends them (`… Syrias SANA regime news
        // agency`), else they are the object itself.
        guard var subject = placeEnd else {
            let named = words.contains { tokens[$0].isCapitalized }
            guard named, !tokens[words.upperBound].isCapitalized else { return nil }
            // (`… near the town of Dornholm local media reported`: `local` opens a description of its own, and
            // the name before it is the place that ended the clause, whether the gazetteer knows it or not.)
            return unnamedLocalSubject(in: words, tokens: tokens) ?? words.lowerBound
        }
        while subject <= words.upperBound, Self.placeWords.contains(lowerOf: tokens[subject]) { subject += 1 }
        return subject <= words.upperBound ? subject : nil
    }

    /// Words before a noun phrase that make it an object or a second conjunct, not a subject.
    static let objectMarkers: WordSet = [
        "and", "or", "in", "on", "at", "of", "to", "from", "with", "against", "by", "for", "into", "near", "both",
        "outside", "inside", "among",
    ]

    /// Token before `… (SOHR) said`, `… speaking on condition of anonymity said` and `The Vesk Herald on
    /// Monday said`: the asides between a subject and its verb.
    func skipBackOverAside(from end: Int, in sentence: Range<Int>, tokens: [Token]) -> Int {
        var j = end
        // `The Vesk Herald on Monday said Kalo told …`: the day the subject reported on.
        if j - 2 >= sentence.lowerBound, tokens[j].isCapitalized, EnglishLexicon.weekdays[tokens[j].lower] != nil,
            tokens[j - 1].lowerIs("on"), tokens[j - 2].isWord
        {
            j -= 2
        }
        // `the Syrian Observatory for Human Rights (SOHR) said`.
        if j - 2 >= sentence.lowerBound, tokens[j].isPunctuation(")"), tokens[j - 2].isPunctuation("(") {
            j -= 3
        }
        // `Security officials speaking on condition of anonymity said`.
        if j >= sentence.lowerBound, tokens[j].lowerIs("anonymity") {
            var k = j
            while k > sentence.lowerBound, j - k < 6, !tokens[k].lowerIs("speaking") { k -= 1 }
            if tokens[k].lowerIs("speaking") { j = k - 1 }
        }
        return j
    }

    func nounPhrase(forwardFrom start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var first = start
        while first < sentence.upperBound, tokens[first].lowerIs(oneOf: ["the", "a", "an"]) { first += 1 }
        // `said its air strikes …`: what follows is the report, not who made it.
        if first < sentence.upperBound, first == start, !tokens[first].isCapitalized { return nil }
        var end = first
        if first < sentence.upperBound, tokens[first].isCapitalized {
            // A name: its capitalised words (with `for`, `of` inside), no further.
            end = nameEnd(from: first, in: sentence, tokens: tokens)
            // `said the Britain-based monitor`: a place-based modifier before the description it modifies.
            if end == first + 1, SourceResolver.isModifier(tokens[first].text), end < sentence.upperBound,
                FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[end])
                    || FigureLexicon.descriptionModifiers.contains(lowerOf: tokens[end])
            {
                while end < sentence.upperBound, end - first < 4,
                    FigureLexicon.descriptionModifiers.contains(lowerOf: tokens[end])
                {
                    end += 1
                }
                if end < sentence.upperBound, FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[end]) {
                    end += 1
                } else {
                    end = first + 1
                }
            }
            // `Lebanese Shiite paramilitary group Hezbollah`: a description and the name it introduces.
            if let named = nameAfterDescription(from: end, in: sentence, tokens: tokens) { end = named }
        } else {
            while end < sentence.upperBound, end - first < 5, tokens[end].isWord || tokens[end].lowerIs("'s") {
                if end > first,
                    [
                        "that", "which", "who", "on", "in", "at", "as", "and", "but", "while", "after", "before", "was",
                        "were", "had", "has", "is", "are", "said",
                    ].contains(tokens[end].lower)
                {
                    break
                }
                if end > first,
                    tokens[end].lower.hasSuffix("ed") || EnglishLexicon.speechVerbs.contains(lowerOf: tokens[end])
                {
                    break
                }
                end += 1
            }
        }
        guard end > start else { return nil }
        return clean(paragraph.text(of: start..<end))
    }
}
