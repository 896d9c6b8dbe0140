/// `Shells hit the market in Tovin on Sunday. The ministry said on Monday that 12 people were killed.`: a
/// casualty or strike count whose sentence gives only the day of a saying, and goes on with the incident
/// the sentence just before dated to an earlier day, happened on that day; the saying's day is the
/// statement's (as ``dateFromSentenceBefore(_:skipping:dates:in:)`` dates a count whose sentence gives no
/// day at all).
///
/// The sentence before is read as that pass reads it (``dayOfIncidentBefore(sentence:paragraph:reachingBack:dates:in:)``):
/// it tells of an incident and dates it to one day, or the count's sentence points back (`the shelling`)
/// to such a sentence shortly before. The count's sentence must go on with that incident
/// (``continuation(_:of:tokens:)``: no site of its own, no new incident, no turn, no sum or total since a
/// moment), open no quote, date no clause against another moment and tell of no further harm (`12 more`,
/// `new raids`, `overnight`): those may be the statement day's own. The figure says its date is another
/// sentence's (``Figure/isDatedByEarlierSentence``).
extension ArticleExtractor {
    /// Dates each incident count dated only by its sentence's saying from the incident the sentence before
    /// told of, when that day is earlier.
    static func dateStatementCountsByIncidentBefore(
        _ figures: inout [Figure], skipping changes: Set<Int>, dates: [Int: ArraySlice<DateMention>],
        in article: AnalyzedArticle
    ) {
        for index in figures.indices where !changes.contains(index) {
            let figure = figures[index]
            guard !figure.isDatedByEarlierSentence, figure.relativeDate == nil, isIncidentCount(figure),
                figure.date == nil || figure.date?.utf8.count == 10
            else { continue }
            let span = figure.span
            let paragraph = article.paragraphs[span.paragraph], tokens = paragraph.tokens
            guard paragraph.kind == .body else { continue }
            let token = firstToken(endingAfter: span.start, in: tokens)
            guard token < tokens.count, let sentence = paragraph.sentence(holding: token),
                let sayingDays = sayingDays(of: sentence, among: dates[span.paragraph] ?? [], in: paragraph),
                figure.date.map(sayingDays.contains) ?? true
            else { continue }
            let position = paragraph.firstSentence(startingFrom: sentence.lowerBound)
            guard position < paragraph.sentences.count, !opensQuote(sentence, tokens: tokens),
                !tellsOfFurtherHarm(sentence, tokens: tokens),
                RelativeDatePhrase.phrase(around: token, in: sentence, tokens: tokens) == nil
            else { continue }
            let continuation = self.continuation(sentence, of: figure, tokens: tokens)
            guard continuation != .none,
                let day = dayOfIncidentBefore(
                    sentence: position, paragraph: span.paragraph, reachingBack: continuation == .pointsBack,
                    dates: dates, in: article),
                day.utf8.count == 10, sayingDays.allSatisfy({ day < $0 })
            else { continue }
            figures[index].date = day
            figures[index].isDatedByEarlierSentence = true
        }
    }

    /// The days of the sentence's dates when every one of them is a saying's, resolved to a day; nil when it
    /// gives none, or any date of what happened, of the page or of an origin.
    static func sayingDays(
        of sentence: Range<Int>, among mentions: ArraySlice<DateMention>, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Set<String>? {
        let start = paragraph.tokens[sentence.lowerBound].start, end = paragraph.tokens[sentence.upperBound - 1].end
        var days: Set<String> = []
        for mention in mentions.mentions(startingIn: start..<end) {
            guard mention.dates == .saying, dayGrains.contains(mention.grain), !mention.isRange,
                let value = mention.value.map(Self.day), value.utf8.count == 10
            else { return nil }
            days.insert(value)
        }
        return days.isEmpty ? nil : days
    }

    /// `12 more were killed`, `new raids killed 12`, `killed overnight`: the sentence tells of harm beyond
    /// the incident told before, which the statement's day may date.
    static func tellsOfFurtherHarm(_ sentence: Range<Int>, tokens: [Token]) -> Bool {
        sentence.contains { furtherHarmWords.contains(tokens[$0].lower) }
    }

    static let furtherHarmWords: WordSet = [
        "more", "new", "fresh", "further", "another", "overnight", "latest", "again", "renewed", "additional",
    ]
}
