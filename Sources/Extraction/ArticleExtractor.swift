import ArticleModel

/// Runs every extraction pass over one article: tokenize once, then entities, figures and quotes (or over a
/// batch of articles, each pass over all of them before the next: ArticleExtractor+Batches.swift).
///
///     let extractor = ArticleExtractor(gazetteer: try Gazetteer.bundled())  // once per process
///     let extraction = extractor.extract(from: article)
public struct ArticleExtractor: Sendable {
    /// Bumped whenever extraction changes what it stores, so `archive reindex` knows what is stale.
    public static let version = 35

    let entityExtractor: EntityExtractor
    let figureExtractor: FigureExtractor
    let quoteExtractor = QuoteExtractor()
    let dateExtractor = DateExtractor()

    public init(gazetteer: Gazetteer) {
        entityExtractor = EntityExtractor(gazetteer: gazetteer)
        figureExtractor = FigureExtractor(gazetteer: gazetteer)
    }

    public func extract(from article: Article) -> Extraction {
        extract(from: [article])[0]
    }

    /// Gives each figure the date its sentence names (`killed on Wednesday`, `yesterday`, `last night`, as
    /// the date pass resolved them from the publication date): the nearest one, a date of what happened
    /// before the date of a saying, never the page's own. A total over a stretch of time (`325 raids since
    /// 21 May`) has no day of its own, nor has a change over time (`from $4 billion in 2025 to $9 billion by
    /// 2030`), nor has an age or a stretch of time (`children under the age of eight`, `in less than two
    /// weeks`: a length, not a day), and a date that cannot be resolved (`on Wednesday` in an article with
    /// no publication date) dates nothing; nor does a comparison's base date the figure before it (`$5bn,
    /// up from $4bn in 2003`). Each quote takes the date of the words around it in its
    /// paragraph (`… he said on Tuesday`).
    static func date(
        _ figures: inout [Figure], _ quotes: inout [Quote], from dates: [DateMention], in article: AnalyzedArticle
    ) {
        // (A two-digit span of years, a comparison's same period or another happening's landmark day dates no
        // figure: ArticleExtractor+DatesOfNoFigure.)
        guard !dates.isEmpty else { return }
        let byParagraph = datesByParagraph(datesOfFigures(dates, in: article))
        let changes = changesOverTime(figures, dates: byParagraph, in: article)
        var updatedTolls = UpdatedTollSentences()
        for index in figures.indices
        where !figures[index].isRunningTotal && !figures[index].isUndatedMeasure && !changes.contains(index) {
            let span = figures[index].span
            guard let candidates = byParagraph[span.paragraph] else { continue }
            let sentence = article.paragraphs[span.paragraph].sentenceSpan(containing: span.start)
            let paragraph = article.paragraphs[span.paragraph]
            // (A size is no incident's: no date at all, Figure.isUndatedMeasure.)
            let isWeight = figures[index].kind == .weight
            var inSentence = candidates.filter {
                sentence.contains($0.span.start) && $0.dates != .publication && !datesAnOrigin($0, in: paragraph)
                    && !namesAModelYear($0, in: paragraph) && !datesAnotherState($0, than: span, in: paragraph)
                    && !datesWhatHoldsSince($0, than: span, in: paragraph)
                    && !datesAComparisonBase($0, after: span, in: paragraph)
                    && !datesOnlyTheStatement($0, not: span, in: paragraph)
                    && !datesAcrossAnotherHappening($0, than: span, in: paragraph)
            }
            // (The page's dateline gives way to a day the sentence names: ArticleExtractor+DatelineDays.)
            dropDatelineBeforeADay(&inSentence, in: article)
            // (A release's date is no date of a weight beside it; in a product's sentence no date is:
            // `Guards on Tuesday seized 1.5 tonnes of cannabis shipped in March` keeps Tuesday.)
            if isWeight, inSentence.contains(where: { datesARelease($0, in: paragraph) }) {
                if namesAProduct(sentence, in: paragraph) {
                    figures[index].date = nil
                    continue
                }
                inSentence.removeAll { datesARelease($0, in: paragraph) }
            }
            let happenings = inSentence.filter { $0.dates == .happening }
            // (A day of saying in the sentence of an updated toll is the update's, as is the page's dateline
            // before it: see ArticleExtractor+UpdatedTolls. Read once per sentence: it may hold many counts.)
            if inSentence.contains(where: { $0.dates == .saying }), isIncidentCount(figures[index]),
                happenings.allSatisfy({ isDateline($0, in: article) }),
                let tokens = paragraph.sentence(holding: firstToken(endingAfter: span.start, in: paragraph.tokens)),
                updatedTolls.tells(
                    SentenceKey(paragraph: span.paragraph, start: tokens.lowerBound),
                    reading: { tellsOfAnUpdatedToll(tokens, in: paragraph) })
            {
                figures[index].date = nil
                continue
            }
            let nearest = (happenings.isEmpty ? inSentence : happenings).min {
                abs($0.span.start - span.start) < abs($1.span.start - span.start)
            }
            // (A day paired with another, `on Thursday and Friday`, or a range of days: a count over them all,
            // of no one day; an incident's count is a total of them, but not over `Tuesday or Wednesday` (one
            // day, unsure which) nor one incident's: ArticleExtractor+PairedDays.)
            if let nearest, let days = Self.daysSpanned(by: nearest, among: candidates, in: paragraph) {
                figures[index].date = nil
                if !days.isEither, isIncidentCount(figures[index]),
                    !Self.tellsOfOneIncident(countAt: span.start, days: nearest, in: paragraph)
                {
                    figures[index].isRunningTotal = true
                    figures[index].period = days.text
                }
                continue
            }
            // (A span of years or months nearest the figure, a decade among them, leaves it undated:
            // ArticleExtractor+DatesOfNoFigure. A count of an incident keeps the span's first year or month but
            // for a decade or a two-digit span, as before: undated, the canned queries would give it the page's day.)
            let isIncident = isIncidentCount(figures[index])
            figures[index].date = nearest.flatMap {
                isShortYearRange($0) || isDecade($0) || !isIncident && spansYearsOrMonths($0)
                    ? nil : $0.value.map(Self.day)
            }
        }
        // (A dateline's repeat takes the body's day before its parts and the sentences after it copy its day,
        // and again after them for a body toll that itself took the day of the sentence before.)
        dateDatelineRepeats(&figures, dates: byParagraph, in: article)
        dateFromSentenceBefore(&figures, skipping: changes, dates: byParagraph, in: article)
        dateFromTimelineEntries(&figures, skipping: changes, dates: byParagraph, in: article)
        dateFromSentenceAfter(&figures, skipping: changes, dates: byParagraph, in: article)
        dateLeadTollsByAttackDay(&figures, skipping: changes, dates: byParagraph, in: article)
        dateFromEarlierYear(&figures, skipping: changes, dates: byParagraph, in: article)
        datePartsOfEarlierGroups(&figures)
        dateRestatedTolls(&figures, skipping: changes, dates: byParagraph, in: article)
        dateDatelineRepeats(&figures, dates: byParagraph, in: article)
        guard !quotes.isEmpty else { return }
        // (A quote takes a date only when its paragraph gives one day: every date of it counts, even one that
        // dates no figure; but a decade, a work's bracketed year or a year before a name, which say which era,
        // work or occasion, not when anything was said, cannot be that day, though they still count.)
        let resolved = datesByParagraph(dates).mapValues { $0.filter { $0.value != nil } }
        for index in quotes.indices {
            let span = quotes[index].span
            let outside =
                resolved[span.paragraph]?.filter { $0.span.end <= span.start || $0.span.start >= span.end } ?? []
            let days = Set(outside.compactMap { $0.value.map(Self.day) })
            if days.count == 1, outside.contains(where: { !namesAnEraWorkOrModel($0, in: article) }) {
                quotes[index].date = days.first
            }
        }
    }

    /// Each paragraph's dates in their order, as slices of `dates` rather than copies (a long article dense
    /// with dates holds hundreds of thousands, and a copy grouped by paragraph took as much again).
    static func datesByParagraph(_ dates: [DateMention]) -> [Int: ArraySlice<DateMention>] {
        // The date pass gives them paragraph by paragraph; any other order is put in it first.
        let inOrder = zip(dates, dates.dropFirst()).allSatisfy { $0.span.paragraph <= $1.span.paragraph }
        let ordered =
            inOrder
            ? dates
            : dates.indices.sorted { (dates[$0].span.paragraph, $0) < (dates[$1].span.paragraph, $1) }.map { dates[$0] }
        var byParagraph: [Int: ArraySlice<DateMention>] = [:]
        var start = 0
        while start < ordered.count {
            let paragraph = ordered[start].span.paragraph
            var end = start + 1
            while end < ordered.count, ordered[end].span.paragraph == paragraph { end += 1 }
            byParagraph[paragraph] = ordered[start..<end]
            start = end
        }
        return byParagraph
    }

    /// `Shelling killed 9 people in Marlow on Sunday. Four of them were children.`: a part of the group the
    /// sentence before counted is of the same incident, and takes the group's date when its own sentence
    /// names none: a sentence before's day (``Figure/isDatedByEarlierSentence``). (Groups come before their
    /// parts, so one pass in reading order sees each group dated.)
    static func datePartsOfEarlierGroups(_ figures: inout [Figure]) {
        var dateBySpan: [TextSpan: String] = [:]
        for index in figures.indices {
            if figures[index].date == nil, !figures[index].isRunningTotal, let group = figures[index].groupSpan,
                let date = dateBySpan[group]
            {
                figures[index].date = date
                figures[index].isDatedByEarlierSentence = true
            }
            if let date = figures[index].date { dateBySpan[figures[index].span] = date }
        }
    }

    /// The day part of an ISO 8601 value (`2020-01-08T01:45` → `2020-01-08`); coarser values as they are.
    static func day(_ value: String) -> String {
        value.count > 10 && value.dropFirst(10).first == "T" ? String(value.prefix(10)) : value
    }
}
