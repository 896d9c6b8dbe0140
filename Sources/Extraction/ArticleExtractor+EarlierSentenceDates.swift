/// `Shells fell on the market on Monday. Eleven died in the shelling.`: a casualty or strike count whose
/// sentence names no day, but goes on telling of the incident the sentence just before dated, happened on
/// that day, not on the page's (as ``EarlierSentencePlace`` gives such a count the place named before).
///
/// Only the sentence right before, in the same body paragraph, and only when it tells of an incident and
/// names exactly one day of what happened (no saying's date beside it). The count's sentence must go on with
/// that incident: it points back to it (`the shelling`, `the raid`, `that attack`), or it tells of no strike
/// of its own, names no site and turns nowhere else (`Four people were killed.`). A clause that dates itself
/// against another moment (`days later`) keeps that instead (``RelativeDatePhrase``); a quote's `the
/// attack` is its speaker's, and a month or a year (`since the war began in 2011`) dates no one incident.
extension ArticleExtractor {
    /// Dates each undated incident count from the sentence before, where its sentence continues that one.
    static func dateFromSentenceBefore(
        _ figures: inout [Figure], skipping changes: Set<Int>, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) {
        for index in figures.indices
        where figures[index].date == nil && !changes.contains(index) && isIncidentCount(figures[index]) {
            let span = figures[index].span
            let paragraph = article.paragraphs[span.paragraph]
            guard paragraph.kind == .body else { continue }
            let token = firstToken(endingAfter: span.start, in: paragraph.tokens)
            guard token < paragraph.tokens.count, let sentence = paragraph.sentence(holding: token) else { continue }
            let position = paragraph.firstSentence(startingFrom: sentence.lowerBound)
            guard position > 0, position < paragraph.sentences.count else { continue }
            let before = paragraph.sentences[position - 1]
            let mentions = dates[span.paragraph] ?? []
            // The count's own sentence must give no date at all (not even one of a saying or an origin).
            let tokens = paragraph.tokens
            let ownStart = tokens[sentence.lowerBound].start, ownEnd = tokens[sentence.upperBound - 1].end
            guard !mentions.contains(where: { $0.span.start >= ownStart && $0.span.start < ownEnd }),
                !opensQuote(sentence, tokens: tokens),
                RelativeDatePhrase.phrase(around: token, in: sentence, tokens: tokens) == nil,
                continuesIncident(sentence, of: figures[index], tokens: tokens),
                FigureParagraphReader.tellsOfAnIncident(before, tokens: tokens),
                let day = soleDay(of: before, among: mentions, in: paragraph)
            else { continue }
            figures[index].date = day
        }
    }

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
        for mention in mentions where mention.span.start >= start && mention.span.start < end {
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

    /// Whether the count's sentence goes on with the incident told just before: it points back to it (`the
    /// shelling`, `that raid`), or it names no site of the count's, tells of no strike, no harm done by
    /// anyone (`gunmen killed`) and no new incident (`a bomb`, `an attack`) of its own and turns nowhere else (`Elsewhere, …`, `Meanwhile, …`).
    static func continuesIncident(_ sentence: Range<Int>, of figure: Figure, tokens: [Token]) -> Bool {
        var pointsBack = false, ownEvent = false
        for i in sentence {
            let word = tokens[i].lower
            // (`Elsewhere, …`; `the war has killed 300,000`, `a total of 40`: no one incident's count.)
            // (`the worst attack since the ambush killed 40`: another moment's count.)
            if FigureLexicon.elsewhereWords.contains(word) || FigureParagraphReader.sumAndWarWords.contains(word)
                || word == "since"
            {
                return false
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
                return false
            }
        }
        return pointsBack || !ownEvent && figure.site == nil
    }

    /// `were killed`, `had been wounded`: a verb of harm told of those it befell, not of who did it.
    static func isPassive(_ i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        (max(sentence.lowerBound, i - 2)..<i).contains { SourceTracker.beForms.contains(tokens[$0].lower) }
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
