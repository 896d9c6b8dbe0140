/// `Nine fighters were killed near Tovin. Also on Saturday, jets struck Marlow.`; `Shells killed 12 in Marlow.
/// … Residents fled the bombing that targeted Marlow yesterday.`: an incident count whose sentence names no
/// day, where a LATER sentence says which day it was, takes that day, not the page's.
///
/// Two shapes, each read only where the link is plain (precision first):
/// - The very next sentence (the next body paragraph's first, when the count's closes its paragraph) opens
///   on `Also on <day>` or `Earlier on <day>` (`Also Saturday`) and tells of an incident itself: the incident
///   before was on that day too. Not when the sentence before the count's names another day, nor after a
///   sentence of something else (`Also on Monday, the council approved a budget for Tovin.` says the day of
///   the budget, not of the count before, even though it names the count's town), nor after `Later on
///   <day>` (it goes on from whatever was told last, often the day a toll was given, not the day it
///   happened).
/// - A later sentence points back to an incident at the count's site with a day: `the bombing that targeted
///   Marlow yesterday`, `the raid on Marlow on Monday` (`the`/`that`/`this` and a noun of an incident, then
///   within a few words the place and one day, no comma between, no other moment: `days after the raid on
///   Marlow on Monday` is another incident's). Only when every such reference to that place names the same
///   day and no count at that place is dated to another by its own clause.
/// The figure says its date is another sentence's (``Figure/isDatedByEarlierSentence``).
extension ArticleExtractor {
    /// Dates undated incident counts from a later sentence that says their day.
    static func dateFromSentenceAfter(
        _ figures: inout [Figure], skipping changes: Set<Int>, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) {
        // (Read from the whole article only when a count first asks: most articles have no undated incident
        // count with a site.)
        var references: [String: DayReference]?
        // Places where a count is dated by its own clause: a back-reference there may be another incident's.
        var clauseDays: [String: Set<String>] = [:]
        for figure in figures where isIncidentCount(figure) && !figure.isDatedByEarlierSentence {
            if let date = figure.date, let place = figure.site ?? figure.earlierSite {
                clauseDays[place.lowercased(), default: []].insert(date)
            }
        }
        for index in figures.indices where !changes.contains(index) {
            guard let (_, position) = undatedIncidentSentence(of: figures[index], dates: dates, in: article)
            else { continue }
            let span = figures[index].span
            if let day = dayOpeningSentenceAfter(
                sentence: position, paragraph: span.paragraph, dates: dates, in: article)
                ?? dayOfIncidentNamedNext(
                    sentence: position, paragraph: span.paragraph,
                    site: figures[index].site ?? figures[index].earlierSite, dates: dates, in: article)
            {
                figures[index].date = day
                figures[index].isDatedByEarlierSentence = true
                continue
            }
            guard let place = (figures[index].site ?? figures[index].earlierSite)?.lowercased() else { continue }
            if references == nil { references = dayReferencesByPlace(dates: dates, in: article) }
            guard let reference = references?[place], let day = reference.day,
                (span.paragraph, span.start) < (reference.at.paragraph, reference.at.offset),
                clauseDays[place].map({ $0 == [day] }) ?? true
            else { continue }
            figures[index].date = day
            figures[index].isDatedByEarlierSentence = true
        }
    }

    // MARK: - `Also on Saturday, …`

    /// The day the sentence after the one at `position` opens on with `Also on` or `Earlier on`, when that
    /// sentence tells of an incident and the sentence before names no other day.
    static func dayOpeningSentenceAfter(
        sentence position: Int, paragraph index: Int, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) -> String? {
        var paragraphIndex = index, sentenceIndex = position + 1
        if sentenceIndex >= article.paragraphs[index].sentences.count {
            guard index + 1 < article.paragraphs.count, article.paragraphs[index + 1].kind == .body else { return nil }
            paragraphIndex += 1
            sentenceIndex = 0
        }
        let paragraph = article.paragraphs[paragraphIndex], tokens = paragraph.tokens
        guard sentenceIndex < paragraph.sentences.count else { return nil }
        let after = paragraph.sentences[sentenceIndex]
        guard after.count > 2, sameDayOpeners.contains(tokens[after.lowerBound].lower),
            FigureParagraphReader.tellsOfAnIncident(after, tokens: tokens)
        else { return nil }
        // (The date pass may or may not take `on` into the mention.)
        let mentions = dates[paragraphIndex] ?? [], second = after.lowerBound + 1
        guard
            let day = day(startingAt: second, among: mentions, in: paragraph)
                ?? (tokens[second].lower == "on" ? day(startingAt: second + 1, among: mentions, in: paragraph) : nil)
        else { return nil }
        // (`On Sunday, 5 died in Tovin. Nine died in Marlow. Earlier on Saturday, …`: the nine may be Sunday's.)
        if position > 0 {
            let home = article.paragraphs[index], before = home.sentences[position - 1]
            if givesADate(before, among: dates[index] ?? [], in: home),
                soleDay(of: before, among: dates[index] ?? [], in: home) != day
            {
                return nil
            }
        }
        return day
    }

    // MARK: - `The strike on Tuesday …`

    /// The day the very next sentence of the paragraph gives the incident it opens pointing back to: `Jets
    /// hit Tovin, killing 20 people. The strike on Tuesday destroyed the market.` (`The`/`That`/`This`, at
    /// most one word, a noun of an incident, then the day, with or without `on`). Not when that sentence
    /// counts anything of its own (`The attack on Monday killed 12.`: another count, maybe another
    /// incident), nor when the sentence before the count's names another day.
    static func dayOfIncidentNamedNext(
        sentence position: Int, paragraph index: Int, site: String?, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) -> String? {
        let paragraph = article.paragraphs[index], tokens = paragraph.tokens
        guard position + 1 < paragraph.sentences.count else { return nil }
        let after = paragraph.sentences[position + 1]
        guard after.count > 3, pointingDeterminers.contains(lowerOf: tokens[after.lowerBound]) else { return nil }
        var noun = after.lowerBound + 1
        if !incidentsPointedBack.contains(lowerOf: tokens[noun]) { noun += 1 }
        guard noun + 1 < after.upperBound, incidentsPointedBack.contains(lowerOf: tokens[noun]) else { return nil }
        let mentions = dates[index] ?? []
        // (The date pass may or may not take `on` into the mention.)
        guard
            let mention = dayMention(startingAt: noun + 1, among: mentions, in: paragraph)
                ?? (tokens[noun + 1].lowerIs("on") && noun + 2 < after.upperBound
                    ? dayMention(startingAt: noun + 2, among: mentions, in: paragraph) : nil),
            let day = mention.value.map(Self.day)
        else { return nil }
        let inMention = { (k: Int) in tokens[k].start >= mention.span.start && tokens[k].end <= mention.span.end }
        // (No number of its own outside the day: `The attack on Monday killed 12` counts again.)
        guard after.allSatisfy({ tokens[$0].kind != .number || inMention($0) }) else { return nil }
        // (No name but the count's site's: `The bombing on Tuesday of a Marlow hospital` may be another
        // incident than the count's in Tovin.)
        let siteWords = Set((site ?? "").lowercased().wordsBetweenSpaces().map(String.init))
        guard after.dropFirst().allSatisfy({ !tokens[$0].isCapitalized || inMention($0) || siteWords.contains(tokens[$0].lower) })
        else { return nil }
        // (The page's dateline before it is the day of the report, no other day of the incident.)
        if position > 0 {
            let before = paragraph.sentences[position - 1]
            let start = tokens[before.lowerBound].start, end = tokens[before.upperBound - 1].end
            let others = mentions.mentions(startingIn: start..<end).filter { !isDateline($0, in: article) }
            if !others.isEmpty, soleDay(of: before, among: mentions, in: paragraph) != day { return nil }
        }
        return day
    }

    /// `Also on Saturday`, `Earlier on Saturday`: the incident before was on that day too.
    static let sameDayOpeners: WordSet = ["also", "earlier"]

    /// The resolved day of a date mention of a happening that starts at token `i` (one day, not a range).
    static func day(
        startingAt i: Int, among mentions: ArraySlice<DateMention>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> String? {
        dayMention(startingAt: i, among: mentions, in: paragraph)?.value.map(Self.day)
    }

    /// The date mention of one day's happening that starts at token `i` (not a range), if any.
    static func dayMention(
        startingAt i: Int, among mentions: ArraySlice<DateMention>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> DateMention? {
        guard i < paragraph.tokens.count else { return nil }
        guard let mention = mentions.mention(startingAt: paragraph.tokens[i].start), mention.dates == .happening,
            dayGrains.contains(mention.grain), !mention.isRange, !namesAPlace(mention, in: paragraph)
        else { return nil }
        return mention
    }

    // MARK: - `the bombing that targeted Marlow yesterday`

    /// A later sentence's day for the incident at a place: the day, nil when references to the place name
    /// different days, and where in the article the first reference stands.
    struct DayReference {
        var day: String?
        var at: (paragraph: Int, offset: Int)
    }

    /// How many words after the incident's noun the place and its day must stand.
    static let referenceWindow = 8

    /// Every body sentence's back-references to an incident at a named place with a day, by the place's words
    /// (lowercased; each run of capitalized words and its endings: `Al Raqqa` and `Raqqa`).
    static func dayReferencesByPlace(
        dates: [Int: ArraySlice<DateMention>], in article: AnalyzedArticle
    ) -> [String: DayReference] {
        var references: [String: DayReference] = [:]
        for (index, paragraph) in article.paragraphs.enumerated() where paragraph.kind == .body {
            guard let mentions = dates[index], !mentions.isEmpty else { continue }
            let tokens = paragraph.tokens
            for sentence in paragraph.sentences {
                // (Whether the sentence tells of another moment is asked once it points back at all.)
                var another: Bool?
                for i in sentence.dropFirst()
                where incidentsPointedBack.contains(lowerOf: tokens[i])
                    && pointingDeterminers.contains(lowerOf: tokens[i - 1])
                {
                    if another == nil { another = tellsOfAnotherMoment(sentence, tokens: tokens) }
                    if another == true { break }
                    guard
                        let (places, day) = placesAndDay(
                            after: i, in: sentence, mentions: mentions, paragraph: paragraph)
                    else { continue }
                    for place in places {
                        if var known = references[place] {
                            if known.day != day { known.day = nil }
                            references[place] = known
                        } else {
                            references[place] = DayReference(day: day, at: (index, tokens[i].start))
                        }
                    }
                }
            }
        }
        return references
    }

    /// `days after the raid`, `a week before`, `earlier`, `since`: the incident pointed back to may be
    /// another than the count's (a bare `fled after the bombing` is the count's own).
    static func tellsOfAnotherMoment(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        sentence.contains { i in
            let word = tokens[i].lower
            guard word == "after" || word == "before" else {
                return word == "since" || otherMomentWords.contains(word)
            }
            return i > sentence.lowerBound
                && (tokens[i - 1].kind == .number || stretchWords.contains(tokens[i - 1].lower))
        }
    }

    /// `days after`, `a week before`, `hours after`.
    static let stretchWords: WordSet = [
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "shortly", "soon", "just", "long",
    ]

    /// After the incident's noun at `noun`: the capitalized words (a place: `Al Raqqa`) and then the one day
    /// that follow within ``referenceWindow`` words, with no comma or other noun of an incident between.
    static func placesAndDay(
        after noun: Int, in sentence: Range<Int>, mentions: ArraySlice<DateMention>,
        paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> (places: [String], day: String)? {
        let tokens = paragraph.tokens
        var run: [String] = [], places: [String] = []
        var i = noun + 1
        while i < min(sentence.upperBound, noun + 1 + referenceWindow) {
            let token = tokens[i]
            if let day = day(startingAt: i, among: mentions, in: paragraph) {
                places += suffixes(of: run)
                return places.isEmpty ? nil : (places, day)
            }
            if token.kind == .punctuation || incidentsPointedBack.contains(token.lower) { return nil }
            if token.isCapitalized {
                run.append(token.lower)
            } else {
                places += suffixes(of: run)
                run = []
            }
            i += 1
        }
        return nil
    }

    /// `al raqqa` and `raqqa` of the words `Al Raqqa`.
    static func suffixes(of run: [String]) -> [String] {
        run.indices.map { run[$0...].joined(separator: " ") }
    }
}
