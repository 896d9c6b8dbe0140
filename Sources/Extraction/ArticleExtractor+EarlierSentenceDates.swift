/// `Shells fell on the market on Monday. Eleven died in the shelling.`: a casualty or strike count whose
/// sentence names no day, but goes on telling of the incident the sentence just before dated, happened on
/// that day, not on the page's (as ``EarlierSentencePlace`` gives such a count the place named before).
///
/// The sentence right before, in the same body paragraph, when it tells of an incident and names exactly one
/// day of what happened (no saying's date beside it). The count's sentence must go on with that incident: it
/// points back to it (`the shelling`, `the raid`, `that attack`), or it tells of no strike of its own, names
/// no site and turns nowhere else (`Four people were killed.`). A sentence that points back may reach
/// further, as a later paragraph does to its lead (`Jets struck Marlow on Sunday, killing 12.` ¶ `Rescuers
/// said 20 were hurt in the strikes.`): to the nearest sentence before telling of an incident, at most three
/// sentences back and not beyond the paragraph before, past only sentences naming no date and telling of
/// no incident but the one pointed back to. A clause that dates itself against another moment (`days
/// later`) keeps that instead (``RelativeDatePhrase``); a quote's `the attack` is its speaker's, and a month
/// or a year (`since the war began in 2011`) dates no one incident. The figure says its date is another
/// sentence's (``Figure/isDatedByEarlierSentence``).
extension ArticleExtractor {
    /// How a count's sentence goes on from the sentences before it.
    enum Continuation {
        /// It tells of a new incident, turns elsewhere or sums up: no earlier day is its.
        case none
        /// It tells of nothing new (`Four people were killed.`): the sentence right before may date it.
        case goesOn
        /// It points back to an incident (`in the strikes`, `that attack`): a sentence shortly before may date it.
        case pointsBack
    }

    /// How many sentences back a sentence pointing back may find its incident's day.
    static let pointedBackSentenceWindow = 3

    /// Dates each undated incident count from a sentence before, where its sentence continues that one.
    static func dateFromSentenceBefore(
        _ figures: inout [Figure], skipping changes: Set<Int>, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) {
        // The day each sentence that went on took (by paragraph, then sentence): the next one that goes on
        // with the same report takes it too (``dayWentOnWith(sentence:paragraph:)``).
        var daysWentOn: [Int: [Int: String]] = [:]
        // (What the count's sentence tells, read once for all its counts: ArticleExtractor+EarlierSentenceReadings.)
        var last: EarlierSentenceReading?
        for index in figures.indices where !changes.contains(index) {
            guard let (sentence, position) = undatedIncidentSentence(of: figures[index], dates: dates, in: article)
            else { continue }
            let span = figures[index].span
            let paragraph = article.paragraphs[span.paragraph]
            let key = SentenceKey(paragraph: span.paragraph, start: sentence.lowerBound)
            var reading =
                last.flatMap { $0.sentence == key ? $0 : nil }
                ?? EarlierSentenceReading(key, reference: Self.incidentReference(in: sentence, tokens: paragraph.tokens))
            defer { last = reading }
            let reference = reading.reference
            var continuation = Self.continuation(reference, of: figures[index])
            // (Handed on only from a count at the place named before, or from one that took a day so.)
            var handsOn = false
            if reference == .goesOn, let site = figures[index].site, position > 0,
                goesOnAtPlaceNamedBefore(
                    site, sentence: sentence, before: paragraph.sentences[position - 1],
                    mentions: dates[span.paragraph] ?? [], paragraph: paragraph, reading: &reading)
            {
                continuation = .goesOn
                handsOn = true
            }
            var day: String?
            if continuation != .none {
                let reachingBack = continuation == .pointsBack
                day = reading.day(reachingBack: reachingBack) {
                    dayOfIncidentBefore(
                        sentence: position, paragraph: span.paragraph, reachingBack: reachingBack, dates: dates,
                        in: article)
                }
            }
            if day == nil, continuation == .goesOn, let handed = daysWentOn[span.paragraph]?[position - 1] {
                day = handed
                handsOn = true
            }
            guard let day else { continue }
            figures[index].date = day
            figures[index].isDatedByEarlierSentence = true
            if handsOn { daysWentOn[span.paragraph, default: [:]][position] = day }
        }
    }

    /// `At least 51 civilians were killed on Saturday in Tarvo and its countryside. Jets left 15 people dead in
    /// the east of Tarvo city.`: a count whose sentence tells of nothing new (``Continuation/goesOn``, which the
    /// caller has read) but names its site, where the sentence right before named that place too, goes on with
    /// that sentence's report.
    /// (Then the sentence after it that goes on likewise, `Nine died in the west of the city.`, takes the same
    /// day: ``dateFromSentenceBefore(_:skipping:dates:in:)`` hands it on.)
    /// Not after a sentence that opens on a date (`06-06-2016 Three Killed in Tovin.`, `Mon Aug 12 2013 …`): a
    /// headline's copy or a dateline gives the page's day, not the incident's.
    static func goesOnAtPlaceNamedBefore(
        _ site: String, sentence: Range<Int>, before: Range<Int>, mentions: ArraySlice<DateMention>,
        paragraph: AnalyzedArticle.AnalyzedParagraph, reading: inout EarlierSentenceReading
    ) -> Bool {
        let tokens = paragraph.tokens
        let name = placeWords(site)
        // (The count's own sentence names the place: a site only carried from before is no new place named.)
        guard reading.words(before: false, of: sentence, tokens: tokens).holds(name),
            reading.words(before: true, of: before, tokens: tokens).holds(name)
        else { return false }
        let opening = before.lowerBound..<min(before.lowerBound + 3, before.upperBound)
        let start = tokens[opening.lowerBound].start, end = tokens[opening.upperBound - 1].end
        return mentions.mentions(startingIn: start..<end).isEmpty
    }

    /// A place's name as the words a sentence holds it in (``SentenceWords/holds(_:)``), word for word
    /// (`Tarvo`, `al-Marj` as `al - marj`).
    static func placeWords(_ place: String) -> [Substring] {
        place.lowercased().replacingOccurrences(of: "-", with: " - ").wordsBetweenSpaces()
    }

    /// The sentence (its tokens and its index in the body paragraph) of an undated incident count whose own
    /// sentence gives no date at all (not even one of a saying or an origin), opens no quote and dates no
    /// clause against another moment: a count another sentence may date. Nil for any other figure.
    static func undatedIncidentSentence(
        of figure: Figure, dates: [Int: ArraySlice<DateMention>], in article: AnalyzedArticle
    ) -> (sentence: Range<Int>, position: Int)? {
        guard figure.date == nil, isIncidentCount(figure) else { return nil }
        let span = figure.span
        let paragraph = article.paragraphs[span.paragraph], tokens = paragraph.tokens
        guard paragraph.kind == .body else { return nil }
        let token = firstToken(endingAfter: span.start, in: tokens)
        guard token < tokens.count, let sentence = paragraph.sentence(holding: token) else { return nil }
        let position = paragraph.firstSentence(startingFrom: sentence.lowerBound)
        guard position < paragraph.sentences.count,
            !givesADate(sentence, among: dates[span.paragraph] ?? [], in: paragraph),
            !opensQuote(sentence, tokens: tokens),
            RelativeDatePhrase.phrase(around: token, in: sentence, tokens: tokens) == nil
        else { return nil }
        return (sentence, position)
    }

    /// The day of the incident the sentence at `position` of paragraph `index` goes on with: the sentence right
    /// before's sole day when it tells of an incident; when `reachingBack`, that of the nearest sentence
    /// telling of one within ``pointedBackSentenceWindow`` sentences and the paragraph before, past sentences
    /// naming no date and no incident other than the one pointed back to (nil at any other, or at a turn).
    static func dayOfIncidentBefore(
        sentence position: Int, paragraph index: Int, reachingBack: Bool,
        dates: [Int: ArraySlice<DateMention>], in article: AnalyzedArticle
    ) -> String? {
        var paragraphIndex = index, sentenceIndex = position - 1
        for step in 0..<(reachingBack ? pointedBackSentenceWindow : 1) {
            if sentenceIndex < 0 {
                // (Only a sentence pointing back reaches the paragraph before, and no further.)
                guard reachingBack, paragraphIndex == index, paragraphIndex > 0,
                    article.paragraphs[paragraphIndex - 1].kind == .body
                else { return nil }
                paragraphIndex -= 1
                sentenceIndex = article.paragraphs[paragraphIndex].sentences.count - 1
                guard sentenceIndex >= 0 else { return nil }
            }
            let paragraph = article.paragraphs[paragraphIndex]
            let before = paragraph.sentences[sentenceIndex], tokens = paragraph.tokens
            let mentions = dates[paragraphIndex] ?? []
            if FigureParagraphReader.tellsOfAnIncident(before, tokens: tokens) {
                if let day = soleDay(of: before, among: mentions, in: paragraph) { return day }
                // (`The strikes hit a school.` between: it points back to the same incident, and is passed.)
                let passes =
                    step + 1 < pointedBackSentenceWindow && !givesADate(before, among: mentions, in: paragraph)
                    && pointsBackWithoutTurning(before, tokens: tokens)
                guard reachingBack, passes else { return nil }
            } else if givesADate(before, among: mentions, in: paragraph)
                || FigureParagraphReader.turnsElsewhere(before, tokens: tokens)
            {
                return nil
            }
            sentenceIndex -= 1
        }
        return nil
    }

    /// Whether any date mention stands in the sentence (of a saying, an origin or a happening alike).
    static func givesADate(
        _ sentence: Range<Int>, among mentions: ArraySlice<DateMention>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let start = paragraph.tokens[sentence.lowerBound].start, end = paragraph.tokens[sentence.upperBound - 1].end
        return !mentions.mentions(startingIn: start..<end).isEmpty
    }

    /// A sentence between that goes on with the incident pointed back to (`The strikes also hit a school.`):
    /// it points back itself, and tells of no new incident, no turn and no other moment (`The attack came
    /// two days after jets hit a convoy.`: the count may be that one's).
    static func pointsBackWithoutTurning(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        incidentReference(in: sentence, tokens: tokens) == .pointsBack
            && !sentence.contains { otherMomentWords.contains(tokens[$0].lower) }
    }

    /// Words that tell of a moment before or after another: `two days after`, `weeks earlier`.
    static let otherMomentWords: WordSet = ["after", "before", "earlier", "later", "ago", "previous", "prior"]

    /// A count of people harmed or of strikes, of one incident (no total over time, no age or length).
    static func isIncidentCount(_ figure: Figure) -> Bool {
        guard figure.kind == .count, !figure.isRunningTotal, let event = figure.event, event != "displaced" else {
            return false
        }
        return FigureVocabulary.casualtyEvents.contains(event) || FigureVocabulary.strikeEvents[event] != nil
    }

    /// The one day the sentence dates what happened: every date it gives is of a happening (none of a
    /// saying, of the page, of a birth or founding), resolved, and all name the same day.
    static func soleDay(
        of sentence: Range<Int>, among mentions: ArraySlice<DateMention>,
        in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> String? {
        let start = paragraph.tokens[sentence.lowerBound].start, end = paragraph.tokens[sentence.upperBound - 1].end
        var day: String?
        for mention in mentions.mentions(startingIn: start..<end) {
            guard mention.dates == .happening, Self.dayGrains.contains(mention.grain),
                !namesAPlace(mention, in: paragraph), !mention.isRange, !datesAnOrigin(mention, in: paragraph),
                let value = mention.value.map(Self.day), day == nil || day == value
            else { return nil }
            day = value
        }
        return day
    }

    /// `an attack`, `a car bomb`, `a separate air strike`: an article (or `separate`) at most three words before
    /// the noun tells of a new incident.
    static func opensNewIncident(before i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        (max(sentence.lowerBound, i - 3)..<i).contains {
            newIncidentDeterminers.contains(tokens[$0].lower) || tokens[$0].lower == "separate"
        }
    }

    /// `"Five people were killed in the attack," he said`: the speaker's `the attack` is theirs to point
    /// back with, not the sentence before's.
    static func opensQuote(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        let first = tokens[sentence.lowerBound]
        return first.kind == .punctuation && ["\"", "\u{201C}", "'", "\u{2018}"].contains(first.text)
    }

    /// `April 7th Street`, `the 6 October Bridge`: a date that is part of a place's name, not a day.
    static func namesAPlace(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let next = firstToken(endingAfter: mention.span.end, in: paragraph.tokens)
        guard next < paragraph.tokens.count else { return false }
        let token = paragraph.tokens[next]
        return token.isCapitalized && namedPlaceNouns.contains(token.lower)
    }

    static let namedPlaceNouns: WordSet = [
        "street", "road", "square", "avenue", "bridge", "highway", "boulevard", "hospital", "school", "stadium",
        "mosque", "camp", "district", "neighbourhood", "neighborhood", "brigade", "movement", "university",
    ]

    /// How the count's sentence goes on with the incident told before: it points back to it (`the shelling`,
    /// `that raid`), or it names no site of the count's, tells of no strike, no harm done by anyone and no
    /// new incident (`a bomb`, `an attack`) of its own and turns nowhere else (`Elsewhere, …`, `Meanwhile, …`).
    /// (`reference` is ``incidentReference(in:tokens:)`` of the count's sentence.)
    static func continuation(_ reference: Continuation, of figure: Figure) -> Continuation {
        if reference == .goesOn, figure.site != nil { return .none }
        return reference
    }

    /// ``continuation(_:of:)`` for a sentence, whatever its figures: `.pointsBack` when it points back
    /// to an incident, `.goesOn` when it tells of no incident of its own, `.none` when it tells of a new one,
    /// turns elsewhere or sums up.
    static func incidentReference(in sentence: Range<Int>, tokens: [Token]) -> Continuation {
        var pointsBack = false, ownEvent = false
        for i in sentence {
            let word = tokens[i].lower
            // (`Elsewhere, …`; `the war has killed 300,000`, `a total of 40`: no one incident's count.)
            // (`the worst attack since the ambush killed 40`: another moment's count.)
            if FigureLexicon.elsewhereWords.contains(word) || FigureParagraphReader.sumAndWarWords.contains(word)
                || word == "since"
            {
                return .none
            }
            guard incidentsPointedBack.contains(word) else {
                if FigureLexicon.strikeVerbs.contains(word) { ownEvent = true }
                if harmVerbs.contains(word), !isPassive(i, in: sentence, tokens: tokens) { ownEvent = true }
                continue
            }
            let determiner = i > sentence.lowerBound ? tokens[i - 1].lower : ""
            if pointingDeterminers.contains(determiner) {
                pointsBack = true
            } else if opensNewIncident(before: i, in: sentence, tokens: tokens) {
                return .none
            }
        }
        return pointsBack ? .pointsBack : ownEvent ? .none : .goesOn
    }

    /// `were killed`, `had been wounded`: a verb of harm told of those it befell, not of who did it.
    static func isPassive(_ i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        (max(sentence.lowerBound, i - 2)..<i).contains { EnglishLexicon.beForms.contains(tokens[$0].lower) }
    }

    /// Verbs of harm done by someone: `Gunmen killed 5 guards` tells of an incident of its own.
    static let harmVerbs: WordSet = [
        "killed", "kill", "kills", "killing", "injured", "injuring", "wounded", "wounding", "hurt", "shot",
    ]

    /// Nouns of an incident a later sentence points back to: `the shelling`, `the raid`.
    static let incidentsPointedBack: WordSet = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling",
        "bombing", "bombings", "bombardment", "blast", "explosion", "ambush", "assault", "shooting", "massacre",
        "clashes", "fighting", "bomb", "bombs",
    ]

    static let pointingDeterminers: WordSet = ["the", "that", "this", "those", "these"]
    /// A day or a time of one: a month or a year dates no one incident closely enough to carry.
    static let dayGrains: Set<DateMention.Grain> = [.day, .hour, .minute]
    static let newIncidentDeterminers: WordSet = ["a", "an", "another"]
}
