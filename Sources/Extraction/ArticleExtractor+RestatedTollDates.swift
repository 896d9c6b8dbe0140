/// `Jets killed 12 people in Marlow on Sunday evening.` … `"The raid killed 12 people," a medic said.`: a
/// toll the article gives again, in a later sentence that names no day, is the same dead on the same day
/// (the earlier sentence's), not a second incident on the page's day. The later count takes the day of the
/// earlier one that its own clause dated, when the two count the same number of the same people and harm
/// (``FigureExtractor/restates(_:_:)``) at the same place, or with no place in one of them, or at two places
/// one inside the other as a sentence tells it (``PlacesWithinPlaces``: `the town of Ashby in Marlow
/// province`), in the same paragraph or the next and neither sentence telling of another incident. Every
/// such earlier count within the window must give the same day; a count of one (`one person`, too often
/// another incident's) and a vague plural (`dozens`) take none.
/// The figure says its date is another sentence's (``Figure/isDatedByEarlierSentence``).
extension ArticleExtractor {
    /// How many paragraphs back an earlier count of the same toll may stand (as incident_keys reads).
    static let restatedTollParagraphWindow = 25
    /// How many earlier counts of the same number a count looks back over, at most.
    static let restatedTollLookBack = 32

    /// Dates each undated incident count of the body from an earlier count of the same toll dated by its
    /// own clause.
    static func dateRestatedTolls(
        _ figures: inout [Figure], skipping changes: Set<Int>, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) {
        // The counts dated by their own clause to a day, by number, in reading order.
        var datedByValue: [Double: [Int]] = [:]
        for index in figures.indices where isDatedTollToRestate(figures[index], in: article) {
            datedByValue[figures[index].value, default: []].append(index)
        }
        guard !datedByValue.isEmpty else { return }
        for (value, candidates) in datedByValue {
            datedByValue[value] = candidates.sorted { isBefore(figures[$0].span, figures[$1].span) }
        }
        for index in figures.indices where !changes.contains(index) {
            let figure = figures[index]
            guard figure.date == nil, figure.relativeDate == nil, figure.of == nil, figure.value > 1,
                !FigureLexicon.isVaguePlural(figure), isIncidentCount(figure),
                let candidates = datedByValue[figure.value],
                isUndatedBodySentence(of: figure, dates: dates, in: article)
            else { continue }
            let span = figure.span
            // Walk back from the latest earlier count, and stop past the window (bounded look-back).
            let low = candidates.partitionPoint { !isBefore(figures[$0].span, span) }
            var days: Set<String> = []
            var position = low
            // (At most `restatedTollLookBack` earlier counts of the number: a page of one long paragraph repeating
            // `2 killed` stays linear.)
            while position > 0, low - position < restatedTollLookBack {
                position -= 1
                let earlier = figures[candidates[position]]
                guard span.paragraph - earlier.span.paragraph <= restatedTollParagraphWindow else { break }
                guard earlier.span.paragraph != span.paragraph || earlier.sentenceText != figure.sentenceText,
                    FigureExtractor.restates(figure, earlier), let day = earlier.date,
                    areOnePlace(figure, earlier)
                else { continue }
                days.insert(day)
                if days.count > 1 { break }
            }
            guard days.count == 1, let day = days.first else { continue }
            figures[index].date = day
            figures[index].isDatedByEarlierSentence = true
        }
    }

    /// Whether `span` starts before `other` in reading order.
    static func isBefore(_ span: TextSpan, _ other: TextSpan) -> Bool {
        span.paragraph < other.paragraph || span.paragraph == other.paragraph && span.start < other.start
    }

    /// An incident count of the body whose own clause dates it to one day, that a later count may restate.
    static func isDatedTollToRestate(_ figure: Figure, in article: AnalyzedArticle) -> Bool {
        guard let date = figure.date, date.utf8.count == 10, !figure.isDatedByEarlierSentence,
            !FigureLexicon.isVaguePlural(figure),
            figure.relativeDate == nil, figure.of == nil, isIncidentCount(figure)
        else { return false }
        return article.paragraphs[figure.span.paragraph].kind == .body
    }

    /// Whether the count stands in a body paragraph's sentence that gives no date at all, not even against
    /// another moment, and turns nowhere else (`Elsewhere, 12 people died`: another incident).
    static func isUndatedBodySentence(
        of figure: Figure, dates: [Int: ArraySlice<DateMention>], in article: AnalyzedArticle
    ) -> Bool {
        let span = figure.span
        let paragraph = article.paragraphs[span.paragraph]
        guard paragraph.kind == .body else { return false }
        let token = firstToken(endingAfter: span.start, in: paragraph.tokens)
        guard token < paragraph.tokens.count, let sentence = paragraph.sentence(holding: token) else { return false }
        return !givesADate(sentence, among: dates[span.paragraph] ?? [], in: paragraph)
            && !FigureParagraphReader.turnsElsewhere(sentence, tokens: paragraph.tokens)
            // (`Some 30 hours after, a blast killed 12`: a day the text gives only against another moment.)
            && RelativeDatePhrase.phrase(around: token, in: sentence, tokens: paragraph.tokens) == nil
    }

    /// Whether two counts of one toll tell of one place: the same, none in one of them, or one inside the
    /// other as either sentence tells it, in the same paragraph or the next, neither sentence telling of
    /// another incident (``PlacesWithinPlaces``, the rule incident_keys reads).
    static func areOnePlace(_ figure: Figure, _ other: Figure) -> Bool {
        guard let place = figure.site ?? figure.earlierSite, let otherPlace = other.site ?? other.earlierSite else {
            return true
        }
        if place.lowercased() == otherPlace.lowercased() { return true }
        guard abs(figure.span.paragraph - other.span.paragraph) <= 1,
            !PlacesWithinPlaces.tellsAnotherIncident(figure.sentence),
            !PlacesWithinPlaces.tellsAnotherIncident(other.sentence)
        else { return false }
        return PlacesWithinPlaces.namesWithin(fine: place, coarse: otherPlace, in: figure.sentence)
            || PlacesWithinPlaces.namesWithin(fine: otherPlace, coarse: place, in: other.sentence)
    }
}
