/// Finds who a sentence attributes its facts to (`The Iraqi military said …`, `according to the UN`,
/// `…, the military said`), and resolves a short second reference (`the military`) to the fuller one
/// the article gave before (`Iraqi military`).
struct SourceTracker {
    let gazetteer: Gazetteer
    /// Sources named so far in the article by their head word (lowercased), the latest few of each.
    private var earlierByHead: [String: [String]] = [:]
    private static let earlierPerHead = 4
    /// Turns the phrase into the article's entity for it.
    private(set) var resolver: SourceResolver
    /// The last unnamed source introduced (`source` or `sources`) and its organisation (`a source at Hama
    /// Police Command`; nil for `a military source`), for `the source added` later.
    var lastSource: (word: String, organization: String?)?

    init(gazetteer: Gazetteer, entities: EntityExtractor.Result) {
        self.gazetteer = gazetteer
        resolver = SourceResolver(entities: entities, gazetteer: gazetteer)
    }

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

    /// Who the sentence attributes its facts to, as the article's entity when it names one.
    mutating func source(of sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        resolver.read(sentence, in: paragraph)
        // (`The source earlier put the toll at 5`: no phrase, but a source the chain knows.)
        let written = phrase(of: sentence, in: paragraph) ?? subjectOfRelativeReport(in: sentence, paragraph: paragraph)
        return followSourceChain(sentence, in: paragraph, resolved: written.flatMap { resolveClauseSource($0) })
    }

    /// The article's entity for the words that name a source (a short second reference made full first).
    mutating func resolveClauseSource(_ written: String) -> String? {
        resolver.resolve(resolve(written))
    }

    /// The words of the sentence that name its source, as written.
    func phrase(of sentence: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        if let reporter = withClauseReporter(in: sentence, paragraph: paragraph) { return reporter }
        for i in sentence where tokens[i].isWord {
            let word = tokens[i].lower
            // (Every case below opens on one of these words: one look-up passes every other word.)
            guard Self.phraseOpeners.contains(word) else { continue }
            if word == "according", i + 1 < sentence.upperBound, tokens[i + 1].lower == "to" {
                if let owner = tollOwner(from: i + 2, in: sentence, paragraph: paragraph) { return owner }
                if let phrase = nounPhrase(forwardFrom: i + 2, in: sentence, paragraph: paragraph) { return phrase }
            }
            guard Self.reportingVerbs.contains(word) || isReportingUse(of: i, in: sentence, tokens: tokens) else {
                continue
            }
            // `Initial reports of 6 killed`, `estimates of the toll`: a noun, no verb.
            if ["reports", "estimates", "forecasts"].contains(word), i + 1 < sentence.upperBound,
                tokens[i + 1].lower == "of"
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
            // `proposals announced by Trade Secretary Patricia Hewitt`, `a toll confirmed by the UN`: the agent.
            if i + 1 < sentence.upperBound, tokens[i + 1].lower == "by",
                let agent = agentName(from: i + 2, in: sentence, paragraph: paragraph)
            {
                return agent
            }
            // `were reported killed`, `were also reported killed`, `has been added to the squad`: a passive
            // names no reporter.
            if isPassive(i, in: sentence, tokens: tokens) { continue }
            // Inverted: `…, said the military`, `… said Barazi.`, `… said the Syrian Observatory for Human
            // Rights.` closing the sentence; but `told AFP` names who heard it.
            let nameStart = i + 1 < sentence.upperBound && tokens[i + 1].lower == "the" ? i + 2 : i + 1
            if !Self.objectFirstVerbs.contains(word), nameStart == i + 1,
                let named = nameBeforeRunOnTitle(at: nameStart, in: sentence, paragraph: paragraph)
            {
                return named
            }
            if !Self.objectFirstVerbs.contains(word),
                let end = capitalizedRun(from: nameStart, in: sentence, tokens: tokens),
                end == sentence.upperBound || tokens[end].kind == .punctuation
                    || FigureLexicon.reportContinuations.contains(tokens[end].lower)
            {
                return paragraph.text(of: nameStart..<end)
            }
            if !Self.objectFirstVerbs.contains(word), i > sentence.lowerBound, tokens[i - 1].kind == .punctuation,
                !tokens[i - 1].isPunctuation(")")
            {
                if let phrase = nameBeforeRoleAside(endingAt: i - 1, in: sentence, paragraph: paragraph) {
                    return phrase
                }
                if let phrase = nounPhrase(forwardFrom: i + 1, in: sentence, paragraph: paragraph) { return phrase }
                if let phrase = subjectBeforeAside(endingAt: i - 1, in: sentence, paragraph: paragraph) {
                    return phrase
                }
                continue
            }
            // `He said`, `she told`, `… including a child he said` (text that lost its commas), `it added`:
            // the resolver knows who was named last, or which organisation reports.
            if i > sentence.lowerBound, ["he", "she", "it"].contains(tokens[i - 1].lower) {
                return tokens[i - 1].lower
            }
            if let phrase = subjectBeforeBareAside(verb: i, in: sentence, paragraph: paragraph) { return phrase }
            if let phrase = nounPhrase(backwardFrom: i - 1, in: sentence, paragraph: paragraph) { return phrase }
            if let phrase = openingSubject(before: i, in: sentence, paragraph: paragraph) { return phrase }
        }
        return nil
    }

    /// `… by the Trade and Industry Secretary Patricia Hewitt`: the capitalised words after `by` (with
    /// `and`, `of`, `for` inside), or nil when none follow.
    func agentName(from start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let tokens = paragraph.tokens
        let first = start < sentence.upperBound && tokens[start].lower == "the" ? start + 1 : start
        var end = first
        while end < sentence.upperBound, tokens[end].isWord,
            tokens[end].isCapitalized && !EnglishLexicon.notNames.contains(tokens[end].text)
                || (end > first && ["and", "of", "for"].contains(tokens[end].lower) && end + 1 < sentence.upperBound
                    && tokens[end + 1].isCapitalized)
        {
            end += 1
        }
        // `by Syrian state media`: capitalised words that only modify the noun after them name no one.
        if end < sentence.upperBound, tokens[end].isWord, !tokens[end].isCapitalized,
            !Self.stops.contains(tokens[end].lower)
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
            Self.asideOpeners.contains(tokens[j + 1].lower)
                || describesOrganization(aside: (j + 1)..<end, tokens: tokens)
        else { return nil }
        return nounPhrase(backwardFrom: j - 1, in: sentence, paragraph: paragraph)
    }

    static let asideOpeners: WordSet = ["which", "who", "citing", "quoting", "speaking", "whose"]

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
        guard participle < verb, tokens[participle].lower.hasSuffix("ing"), tokens[sentence.lowerBound].lower == "the"
        else { return nil }
        for k in (participle + 1)..<verb {
            let word = tokens[k].lower
            if tokens[k].kind == .punctuation || Self.beForms.contains(word) || Self.reportingVerbs.contains(word)
                || ["has", "have", "had", "that", "which", "who", "said"].contains(word)
            {
                return nil
            }
        }
        return clean(paragraph.text(of: sentence.lowerBound..<participle))
    }

    /// `the WHO said`: a word written in capitals among words that are not is an acronym, not the stop word
    /// or pronoun it spells (not in a headline written all in capitals).
    static func isAcronym(_ k: Int, tokens: [Token]) -> Bool {
        guard tokens[k].isAllCaps else { return false }
        if k > 0 { return !tokens[k - 1].isAllCaps }
        // (At the start, the word after must not be in capitals too: `HE SAID 30 DIED` is a headline.)
        return k + 1 < tokens.count && tokens[k + 1].isWord && !tokens[k + 1].isAllCaps
    }

    static let beForms: WordSet = ["be", "been", "being", "is", "are", "was", "were"]

    /// Reporting verbs whose object comes next (`told AFP`, `accused the army`): who follows them heard or
    /// stands accused; who reports stands before them.
    static let objectFirstVerbs: WordSet = ["told", "accused", "accuses"]

    /// Whether the verb at `i` is passive: a form of `be` before it, past adverbs (`were also reported`).
    func isPassive(_ i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = i - 1
        while k > sentence.lowerBound, i - k <= 2, FigureLexicon.adverbsBeforeReport.contains(tokens[k].lower) {
            k -= 1
        }
        return k >= sentence.lowerBound && Self.beForms.contains(tokens[k].lower)
    }

    /// Verbs whose subject reports what the sentence says.
    static let reportingVerbs: WordSet = [
        "said", "says", "told", "reported", "reports", "announced", "stated", "confirmed", "estimated", "estimates",
        "added", "quoted", "warned", "revealed", "predicts", "predicted", "forecast", "forecasts",
    ]

    /// `claimed 160 civilians were killed`, `put (placed) the death toll at 85`: verbs that report only when a
    /// number or a toll follows (not `claimed responsibility`, `put pressure on`).
    func isReportingUse(of i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard i + 1 < sentence.upperBound else { return false }
        if givesToll(at: i, in: sentence, tokens: tokens) { return true }
        let word = tokens[i].lower
        // (One look-up turns away the words below none of the cases names, most words, before the cases.)
        guard Self.reportingUseWords.contains(word) else { return false }
        switch word {
        case "claimed", "claims":
            // (`…, the network claimed.`, `… were killed the network claimed including …`: closing a clause.)
            // A count right after it reports only when a verb of its own follows (`claimed 160 civilians
            // were killed`); `Shelling Claims 11 Children` takes lives and reports nothing.
            if tokens[i + 1].isNumber { return opensClauseAfterCount(at: i + 1, in: sentence, tokens: tokens) }
            return tokens[i + 1].lower == "that" || tokens[i + 1].kind == .punctuation
                || tokens[i + 1].lower == "including"
        case "documented", "recorded", "counted":
            // `the Observatory has documented 230 deaths`, `… recorded the deaths of 12 people`, `the union
            // counted 70 wounded`.
            return startsCount(at: i + 1, in: sentence, tokens: tokens)
        case "accused", "accuses":
            // `The opposition accused the army of killing 25 civilians`: the accuser reports the count that
            // follows (not one the sentence gave before the accusation).
            return accusesOfCount(at: i, in: sentence, tokens: tokens)
        case "show", "shows", "showed", "showing":
            // `Commerce Department figures showing …`: the figures' owner reports.
            return i > sentence.lowerBound && FigureLexicon.evidenceNouns.contains(tokens[i - 1].lower)
        case "put", "puts", "putting", "placed", "places", "placing":
            let window = (i + 1)..<min(i + 4, sentence.upperBound)
            return window.contains { tokens[$0].lower == "toll" }
        default:
            return false
        }
    }

    /// The words a source in ``phrase(of:in:)`` is found by: `according`, a reporting verb, and the words
    /// ``isReportingUse(of:in:tokens:)`` can take for one.
    static let phraseOpeners = WordSet(["according"]).union(reportingVerbs).union(reportingUseWords)
        .union(tollGivingVerbs)

    /// The words ``isReportingUse(of:in:tokens:)`` reads beyond a toll: each case of its `switch`.
    static let reportingUseWords: WordSet = [
        "claimed", "claims", "documented", "recorded", "counted", "accused", "accuses", "show", "shows", "showed",
        "showing",
        "put", "puts", "putting", "placed", "places", "placing",
    ]

    /// Whether the count at `k` is the subject of a verb of its own within a few words: `160 civilians were
    /// killed`, `20 people mostly women and children died` (not `11 children in Aleppo`, `14 lives`).
    func opensClauseAfterCount(at k: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var j = k + 1
        while j < sentence.upperBound, j - k <= 7, tokens[j].isWord {
            let word = tokens[j].lower
            if Self.beForms.contains(word) || ["have", "has", "had"].contains(word) { return true }
            if let event = FigureVocabulary.eventWords[word], word.hasSuffix("ed") || word == event { return true }
            if FigureLexicon.locatives.contains(word) || FigureLexicon.phraseBreakers.contains(word) && word != "and" {
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether a count opens at `k`: a number, `at least 12`, `more than 50`, `the deaths of 12 people`.
    func startsCount(at k: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = k
        if k < sentence.upperBound, tokens[k].lower == "the", k + 2 < sentence.upperBound,
            FigureLexicon.deathNouns.contains(tokens[k + 1].lower), tokens[k + 2].lower == "of"
        {
            k += 3
        }
        while k < sentence.upperBound, FigureLexicon.approximatorsBeforeCount.contains(tokens[k].lower) { k += 1 }
        return k < sentence.upperBound && (tokens[k].isNumber || NumberWords.wordValue(tokens[k].lower) != nil)
    }

    /// `accused the regime of killing more than 1,400 people`: an accusation of a deed, with a count
    /// after it and none before it in the sentence.
    func accusesOfCount(at i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard !(sentence.lowerBound..<i).contains(where: { tokens[$0].isNumber }) else { return false }
        let window = (i + 1)..<min(i + 10, sentence.upperBound)
        guard let of = window.first(where: { tokens[$0].lower == "of" }), of + 1 < sentence.upperBound,
            tokens[of + 1].lower.hasSuffix("ing")
        else { return false }
        return ((of + 2)..<min(of + 10, sentence.upperBound)).contains {
            startsCount(at: $0, in: sentence, tokens: tokens)
        }
    }

    /// End of a run of capitalised words starting at `start` (with `for`/`of` inside), or nil.
    func capitalizedRun(from start: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        var end = start
        while end < sentence.upperBound, tokens[end].isWord,
            tokens[end].isCapitalized
                && (!Self.pronouns.contains(tokens[end].lower) || Self.isAcronym(end, tokens: tokens))
                && !EnglishLexicon.notNames.contains(tokens[end].text)
                || (end > start && ["for", "of", "al"].contains(tokens[end].lower) && end + 1 < sentence.upperBound
                    && tokens[end + 1].isCapitalized)
        {
            end += 1
        }
        return end > start ? end : nil
    }

    /// The noun phrase ending at `end`: `The Iraqi military`, `Syrian state TV`, `US officials`.
    func nounPhrase(backwardFrom end: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var start = end + 1
        var j = skipBackOverAside(from: end, in: sentence, tokens: tokens)
        // `have said`, `had earlier said`: step over auxiliaries and adverbs.
        while j >= sentence.lowerBound,
            ["has", "have", "had", "was", "were", "is", "been"].contains(tokens[j].lower)
                || FigureLexicon.adverbsBeforeReport.contains(tokens[j].lower)
                || Self.connectives.contains(tokens[j].lower)
        { j -= 1 }
        let last = j
        while j >= sentence.lowerBound, last - j < 7 {
            let token = tokens[j]
            if token.lower == "'s" { j -= 1; continue }
            // `for`, `of` inside a name: `Syrian Observatory for Human Rights`.
            // A stop word written capitalised inside a name: `Doctors Without Borders`.
            let innerParticle =
                (["for", "of"].contains(token.lower) || token.isCapitalized) && j > sentence.lowerBound && j < last
                && tokens[j - 1].isCapitalized && tokens[j + 1].isCapitalized
            // (`the WHO said`: an acronym spelt like a stop word heads the phrase; not `by IS activists said`.)
            guard token.isWord,
                !Self.stops.contains(token.lower) || innerParticle || j == last && Self.isAcronym(j, tokens: tokens)
            else { break }
            // A determiner opens the noun phrase; a day or month name is the end of something else.
            if ["the", "a", "an"].contains(token.lower) {
                // (`As a result local media said`, `In the city Syrian state TV said`: a determiner after a
                // preposition opens that preposition's object, which ends at its noun; the subject follows.)
                // (`a source at the Police Command said`: a role's organisation still reports.)
                if start <= last, j > sentence.lowerBound,
                    Self.objectMarkers.contains(tokens[j - 1].lower) || tokens[j - 1].lower == "as",
                    j - 2 < sentence.lowerBound || !FigureLexicon.roleHeads.contains(tokens[j - 2].lower),
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
                !FigureLexicon.descriptionModifiers.contains(token.lower)
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
        guard start <= last, !Self.pronouns.contains(tokens[last].lower) || Self.isAcronym(last, tokens: tokens)
        else { return nil }
        // `… targeting the jihadists in both Syria and Iraq reported`: the object of a preposition or the
        // second of two joined names is not who reports.
        // (`a source at Damascus Police Command said`: a role's organisation still reports.)
        // (`Speaking to AFP Observatory director Rami Abdel Rahman said`: who was spoken to opens the subject.)
        let spokenTo =
            start >= sentence.lowerBound + 2 && tokens[start - 1].lower == "to"
            && ["speaking", "talking"].contains(tokens[start - 2].lower)
        if start > sentence.lowerBound, tokens[start - 1].isWord, !spokenTo,
            Self.objectMarkers.contains(tokens[start - 1].lower),
            start - 2 < sentence.lowerBound || tokens[start - 1].lower == "and"
                || !FigureLexicon.roleHeads.contains(tokens[start - 2].lower)
        {
            guard let subject = subjectAfterObject(start...last, tokens: tokens, paragraph: paragraph) else {
                return nil
            }
            start = subject
        }
        return clean(paragraph.text(of: start..<(last + 1)))
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
            FigureLexicon.directions.contains(tokens[words.lowerBound].lower) ? words.lowerBound + 1 : words.lowerBound
        var k = first
        while k <= words.upperBound, k - first < 4, tokens[k].isCapitalized || tokens[k].isNamePart {
            if gazetteer.place(named: paragraph.text(of: first..<(k + 1))) != nil { placeEnd = k + 1 }
            k += 1
        }
        // No place known: the words stand whole if a description ends them (`… Syrias SANA regime news
        // agency`), else they are the object itself.
        guard var subject = placeEnd else {
            let named = words.contains { tokens[$0].isCapitalized }
            return named && !tokens[words.upperBound].isCapitalized ? words.lowerBound : nil
        }
        while subject <= words.upperBound, Self.placeWords.contains(tokens[subject].lower) { subject += 1 }
        return subject <= words.upperBound ? subject : nil
    }

    /// Words before a noun phrase that make it an object or a second conjunct, not a subject.
    static let objectMarkers: WordSet = [
        "and", "or", "in", "on", "at", "of", "to", "from", "with", "against", "by", "for", "into", "near", "both",
        "outside", "inside", "among",
    ]

    /// Token before `… (SOHR) said` and `… speaking on condition of anonymity said`: the asides between a
    /// subject and its verb.
    func skipBackOverAside(from end: Int, in sentence: Range<Int>, tokens: [Token]) -> Int {
        var j = end
        // `the Syrian Observatory for Human Rights (SOHR) said`.
        if j - 2 >= sentence.lowerBound, tokens[j].isPunctuation(")"), tokens[j - 2].isPunctuation("(") {
            j -= 3
        }
        // `Security officials speaking on condition of anonymity said`.
        if j >= sentence.lowerBound, tokens[j].lower == "anonymity" {
            var k = j
            while k > sentence.lowerBound, j - k < 6, tokens[k].lower != "speaking" { k -= 1 }
            if tokens[k].lower == "speaking" { j = k - 1 }
        }
        return j
    }

    func nounPhrase(forwardFrom start: Int, in sentence: Range<Int>, paragraph: AnalyzedArticle.AnalyzedParagraph)
        -> String?
    {
        let tokens = paragraph.tokens
        var first = start
        while first < sentence.upperBound, ["the", "a", "an"].contains(tokens[first].lower) { first += 1 }
        // `said its air strikes …`: what follows is the report, not who made it.
        if first < sentence.upperBound, first == start, !tokens[first].isCapitalized { return nil }
        var end = first
        if first < sentence.upperBound, tokens[first].isCapitalized {
            // A name: its capitalised words (with `for`, `of` inside), no further.
            end = nameEnd(from: first, in: sentence, tokens: tokens)
            // `said the Britain-based monitor`: a place-based modifier before the description it modifies.
            if end == first + 1, SourceResolver.isModifier(tokens[first].text), end < sentence.upperBound,
                FigureLexicon.organizationDescriptions.contains(tokens[end].lower)
                    || FigureLexicon.descriptionModifiers.contains(tokens[end].lower)
            {
                while end < sentence.upperBound, end - first < 4,
                    FigureLexicon.descriptionModifiers.contains(tokens[end].lower)
                {
                    end += 1
                }
                if end < sentence.upperBound, FigureLexicon.organizationDescriptions.contains(tokens[end].lower) {
                    end += 1
                } else {
                    end = first + 1
                }
            }
            // `Lebanese Shiite paramilitary group Hezbollah`: a description and the name it introduces.
            if let named = nameAfterDescription(from: end, in: sentence, tokens: tokens) { end = named }
        } else {
            while end < sentence.upperBound, end - first < 5, tokens[end].isWord || tokens[end].lower == "'s" {
                if end > first,
                    [
                        "that", "which", "who", "on", "in", "at", "as", "and", "but", "while", "after", "before", "was",
                        "were", "had", "has", "is", "are", "said",
                    ].contains(tokens[end].lower)
                {
                    break
                }
                if end > first,
                    tokens[end].lower.hasSuffix("ed") || EnglishLexicon.speechVerbs.contains(tokens[end].lower)
                {
                    break
                }
                end += 1
            }
        }
        guard end > start else { return nil }
        return clean(paragraph.text(of: start..<end))
    }

    /// End of the capitalised words from `start`, with `for`, `of` inside (`Doctors of the World`); a
    /// sentence the splitter ran on past an abbreviation (`according to the U.N. The Center …`) ends it.
    func nameEnd(from start: Int, in sentence: Range<Int>, tokens: [Token]) -> Int {
        var end = start
        while end < sentence.upperBound, tokens[end].isWord,
            tokens[end].isCapitalized
                || (["for", "of"].contains(tokens[end].lower) && end + 1 < sentence.upperBound
                    && tokens[end + 1].isCapitalized)
        {
            if end > start, tokens[end - 1].text.hasSuffix("."), EnglishLexicon.notNames.contains(tokens[end].text) {
                break
            }
            end += 1
        }
        return end
    }

    /// `… paramilitary group Hezbollah`: lowercase words ending in an organisation's description, then a
    /// name; where that name ends.
    func nameAfterDescription(from start: Int, in sentence: Range<Int>, tokens: [Token]) -> Int? {
        var k = start
        while k < sentence.upperBound, k - start < 3, tokens[k].isWord, !tokens[k].isCapitalized,
            !Self.stops.contains(tokens[k].lower)
        {
            k += 1
        }
        guard k > start, k < sentence.upperBound, tokens[k].isCapitalized,
            FigureLexicon.organizationDescriptions.contains(tokens[k - 1].lower)
        else { return nil }
        return nameEnd(from: k, in: sentence, tokens: tokens)
    }

    /// Drops a leading article; refuses pronouns and bare determiners.
    func clean(_ phrase: String) -> String? {
        var words = phrase.wordsBetweenSpaces().map(String.init)
        // Determiners, and quantifiers that make a description vague (`Some economists`, `Many residents`).
        while let first = words.first,
            ["the", "a", "an", "some", "many", "several", "most"].contains(first.lowercased())
        {
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        // (`the WHO said`: a pronoun's letters written as capitals are an acronym.)
        if words.count == 1, Self.pronouns.contains(words[0].lowercased()),
            words[0].count < 2 || words[0] != words[0].uppercased()
        {
            return nil
        }
        // `Initial said`, `Preliminary reported` (an adjective whose noun was cut off) name no one.
        if words.allSatisfy({ FigureLexicon.sourcelessAdjectives.contains($0.lowercased()) }) { return nil }
        // `killed nine people Sputnik reported`: the words before the name belong to the last clause.
        if let nameStart = words.lastIndex(where: { $0.first?.isUppercase != true }).map({ $0 + 1 }),
            nameStart < words.count,
            words[..<nameStart].contains(where: {
                $0.first?.isNumber == true || NumberWords.wordValue($0.lowercased()) != nil
            })
        {
            words = Array(words[nameStart...])
        }
        // `Six people were also reported …`, `One resident said`: a count names no one who reports.
        if Self.isCount(words[0]) { return nil }
        // `according to a February count`: a month or a day names no one either.
        if words.allSatisfy({ Self.isCalendarWord($0.lowercased()) || Self.isCount($0) }) { return nil }
        // A place or a part of one (`rural Idlib`, `the province`) reports nothing; a country may.
        let phrase = words.joined(separator: " ")
        if let last = words.last?.lowercased(), Self.placeWords.contains(last) { return nil }
        if let place = gazetteer.place(named: phrase), place.kind != .country { return nil }
        if words.count == 2,
            words[0].lowercased() == "rural" || words[0].lowercased() == "eastern" || words[0].lowercased() == "western"
                || words[0].lowercased() == "northern" || words[0].lowercased() == "southern"
        {
            return nil
        }
        return phrase
    }

    /// A month or a day of the week, written in full (not `may`, which is mostly a verb or a name).
    static func isCalendarWord(_ lowercased: String) -> Bool {
        lowercased != "may" && EnglishLexicon.months[lowercased] != nil || EnglishLexicon.weekdays[lowercased] != nil
    }

    /// `Six`, `14`, `1,200`: a number word or numeral (not `15-member`).
    static func isCount(_ word: String) -> Bool {
        word.first?.isNumber == true && !word.contains("-") || NumberWords.wordValue(word.lowercased()) != nil
            || FigureLexicon.vagueCountWords.contains(word.lowercased())
    }

    static let placeWords: WordSet = [
        "area", "areas", "province", "city", "town", "village", "region", "countryside", "district", "neighbourhood",
        "neighborhood", "suburb", "suburbs", "outskirts", "border", "capital", "country",
    ]

    /// `military` after `Iraqi military` was named → `Iraqi military`.
    mutating func resolve(_ phrase: String) -> String {
        let head = phrase.wordsBetweenSpaces().last.map { $0.lowercased() } ?? ""
        let earlier = earlierByHead[head, default: []]
        if !phrase.contains(ascii: " ") || phrase.first?.isLowercase == true,
            let fuller = earlier.last(where: { $0.count > phrase.count })
        {
            return fuller
        }
        earlierByHead[head] = Array((earlier + [phrase]).suffix(Self.earlierPerHead))
        return phrase
    }
}
