/// `Nerve gas was used on Tovin in 2013. The government denied that attack, which killed 1,400 people.`: a
/// count whose sentence points back with `that` (`that attack`, `that massacre`) to a sentence
/// right before that dates
/// what it tells of by a year before the article's, or a month of such a year, is of that time, not of the
/// article's day: it takes the year (or month), so that the incident views do not put a background attack
/// on the day of the news. Only when that sentence gives that one date and no other, and the count's own
/// sentence gives none.
extension ArticleExtractor {
    /// Dates undated incident counts pointing back to a sentence that dates its incident to an earlier year.
    static func dateFromEarlierYear(
        _ figures: inout [Figure], skipping changes: Set<Int>, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) {
        guard let published = article.published, published.count >= 4 else { return }
        let year = published.prefix(4)
        for index in figures.indices where !changes.contains(index) {
            guard let (sentence, position) = undatedIncidentSentence(of: figures[index], dates: dates, in: article)
            else { continue }
            let span = figures[index].span
            let tokens = article.paragraphs[span.paragraph].tokens
            guard pointsBackToAPastIncident(sentence, tokens: tokens),
                let time = soleEarlierYear(
                    before: position, paragraph: span.paragraph, dates: dates, in: article),
                time.prefix(4) < year
            else { continue }
            figures[index].date = time
            figures[index].isDatedByEarlierSentence = true
        }
    }

    /// `that attack`, `that massacre`: the far demonstrative points back to an incident of another time
    /// (`the attacks` may be today's, told again; `those fighting` are people).
    static func pointsBackToAPastIncident(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        sentence.dropFirst().contains { i in
            incidentsPointedBack.contains(lowerOf: tokens[i]) && tokens[i - 1].lowerIs("that")
        }
    }

    /// The one date the sentence before the one at `position` gives (in the paragraph, or the last sentence
    /// of the body paragraph before), when it is a year or a month of what happened.
    static func soleEarlierYear(
        before position: Int, paragraph index: Int, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) -> String? {
        var paragraphIndex = index, sentenceIndex = position - 1
        if sentenceIndex < 0 {
            guard index > 0, article.paragraphs[index - 1].kind == .body else { return nil }
            paragraphIndex -= 1
            sentenceIndex = article.paragraphs[paragraphIndex].sentences.count - 1
            guard sentenceIndex >= 0 else { return nil }
        }
        let paragraph = article.paragraphs[paragraphIndex], before = paragraph.sentences[sentenceIndex]
        let start = paragraph.tokens[before.lowerBound].start, end = paragraph.tokens[before.upperBound - 1].end
        let mentions = (dates[paragraphIndex] ?? []).mentions(startingIn: start..<end)
        guard mentions.count == 1, let mention = mentions.first, mention.dates == .happening, !mention.isRange,
            mention.grain == .year || mention.grain == .month, !datesAnOrigin(mention, in: paragraph),
            !namesAModelYear(mention, in: paragraph), !opensAStretch(mention, in: paragraph)
        else { return nil }
        return mention.value
    }

    /// `since 2014`, `until 2013`, `by 2012`: a stretch of time or a deadline, not when something happened.
    static func opensAStretch(_ mention: DateMention, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let at = firstToken(endingAfter: mention.span.start, in: paragraph.tokens)
        let first = mention.text.wordsBetweenSpaces().first.map { $0.lowercased() } ?? ""
        let before = at > 0 ? paragraph.tokens[at - 1].lower : ""
        return stretchOpeners.contains(first) || stretchOpeners.contains(before)
    }

    static let stretchOpeners: Set<String> = ["since", "until", "till", "by", "from", "through", "throughout"]
}
