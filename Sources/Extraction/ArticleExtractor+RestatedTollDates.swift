/// `Jets killed 12 people in Marlow on Sunday evening.` … `"The raid killed 12 people," a medic said.`: a
/// toll the article gives again, in a later sentence that names no day, is the same dead on the same day
/// (the earlier sentence's), not a second incident on the page's day. The later count takes the day of the
/// earlier one that its own clause dated, when the two count the same number of the same people and harm
/// (``FigureExtractor/restates(_:_:)``) at the same place, or with no place in one of them, or at two places
/// one inside the other as a sentence tells it (``PlacesWithinPlaces``: `the town of Ashby in Marlow
/// province`; or a place its sentence calls a province or countryside beside another). Every such earlier
/// count must give the same day; a count of one (`one person`, too often another incident's) and a vague
/// plural (`dozens`) take none.
/// The figure says its date is another sentence's (``Figure/isDatedByEarlierSentence``).
extension ArticleExtractor {
    /// How many paragraphs back an earlier count of the same toll may stand (as incident_keys reads).
    static let restatedTollParagraphWindow = 25

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
        for index in figures.indices where !changes.contains(index) {
            let figure = figures[index]
            guard figure.date == nil, figure.relativeDate == nil, figure.of == nil, figure.value > 1,
                !isVaguePlural(figure), isIncidentCount(figure), let candidates = datedByValue[figure.value],
                isUndatedBodySentence(of: figure, dates: dates, in: article)
            else { continue }
            let span = figure.span
            var days: Set<String> = []
            for candidate in candidates {
                let earlier = figures[candidate]
                guard
                    earlier.span.paragraph < span.paragraph
                        || earlier.span.paragraph == span.paragraph && earlier.span.start < span.start,
                    span.paragraph - earlier.span.paragraph <= restatedTollParagraphWindow,
                    earlier.span.paragraph != span.paragraph || earlier.sentence != figure.sentence,
                    FigureExtractor.restates(figure, earlier), let day = earlier.date,
                    areOnePlace(figure, earlier)
                else { continue }
                days.insert(day)
            }
            guard days.count == 1, let day = days.first else { continue }
            figures[index].date = day
            figures[index].isDatedByEarlierSentence = true
        }
    }

    /// `dozens of militants`, `hundreds`: a vague plural stands for no number in particular, so two of them
    /// are no one toll told twice (incident_keys reads the same words).
    static func isVaguePlural(_ figure: Figure) -> Bool {
        let first = figure.text.prefix { $0.isLetter }.lowercased()
        return vaguePlurals.contains(first)
    }

    static let vaguePlurals: Set<String> = ["dozens", "tens", "scores", "hundreds", "thousands"]

    /// An incident count of the body whose own clause dates it to one day, that a later count may restate.
    static func isDatedTollToRestate(_ figure: Figure, in article: AnalyzedArticle) -> Bool {
        guard let date = figure.date, date.utf8.count == 10, !figure.isDatedByEarlierSentence, !isVaguePlural(figure),
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
    /// other as either sentence tells it.
    static func areOnePlace(_ figure: Figure, _ other: Figure) -> Bool {
        guard let place = figure.site ?? figure.earlierSite, let otherPlace = other.site ?? other.earlierSite else {
            return true
        }
        if place.lowercased() == otherPlace.lowercased() { return true }
        return PlacesWithinPlaces.namesWithin(fine: place, coarse: otherPlace, in: figure.sentence)
            || PlacesWithinPlaces.namesWithin(fine: otherPlace, coarse: place, in: other.sentence)
            || PlacesWithinPlaces.callsAnArea(otherPlace, in: other.sentence)
            || PlacesWithinPlaces.callsAnArea(place, in: figure.sentence)
    }
}
