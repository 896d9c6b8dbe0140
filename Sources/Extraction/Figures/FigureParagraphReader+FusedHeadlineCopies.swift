/// `Tarn strikes kill 14 Monitor Wire Tuesday 3 Mar Jets struck rebel districts across the country and killed
/// at least 14 people and wounded dozens more`: a page that ran its headline into the lead with no full stop
/// leaves the headline's copy and the lead in one sentence. The copy names the place (`Tarn strikes kill
/// 14`); the lead's count that gives the same toll again, and the harm its clause tells of after it, are
/// that place's too.
extension FigureParagraphReader {
    /// Gives the sentence's casualty counts with no site the site of the headline's copy in the same
    /// sentence before them, when they restate its toll (``RestatedTollPlaces/restates(_:_:)``) or follow
    /// such a restatement in its clause, and the sentence names no other place after the copy.
    func takeFusedHeadlineSites(_ figures: inout [Figure], sentence: Range<Int>) {
        guard paragraph.kind == .body, !headlineValues.isEmpty, figures.count >= 2,
            let copy = figures.firstIndex(where: isSitedHeadlineCopy), let site = figures[copy].site
        else { return }
        let copyEnd = ArticleExtractor.firstToken(endingAfter: figures[copy].span.end - 1, in: tokens) + 1
        // (`… kill 14 … killed 14 people in Vesk and Arlow`: the lead names its own places.)
        guard copyEnd < sentence.upperBound,
            places(startingIn: copyEnd..<sentence.upperBound).allSatisfy({ siteName($0) == site })
        else { return }
        var restatingClause: Range<Int>?
        for index in figures.indices where index > copy && figures[index].site == nil {
            let figure = figures[index]
            guard figure.kind == .count, figure.of == nil, !figure.isRunningTotal, let event = figure.event,
                FigureVocabulary.casualtyEvents.contains(event)
            else { continue }
            let numeral = ArticleExtractor.firstToken(endingAfter: figure.span.start, in: tokens)
            if restatingClause == nil, RestatedTollPlaces.restates(figure, figures[copy]) {
                restatingClause = clause(around: numeral, in: sentence)
                figures[index].site = site
            } else if let clause = restatingClause, clause.contains(numeral) {
                // (`… killed at least 14 people on Tuesday and wounded dozens more`.)
                figures[index].site = site
            }
        }
    }

    /// A count in headline case (a verb in the present right before it: `kill 14`) whose number the page's
    /// headline gives, with a site: the headline's copy run into the lead.
    func isSitedHeadlineCopy(_ figure: Figure) -> Bool {
        guard figure.site != nil, figure.kind == .count, headlineValues.contains(figure.value),
            let event = figure.event, FigureVocabulary.casualtyEvents.contains(event)
        else { return false }
        let numeral = ArticleExtractor.firstToken(endingAfter: figure.span.start, in: tokens)
        return numeral > 0 && numeral < tokens.count && Self.headlinePresentVerbs.contains(lowerOf: tokens[numeral - 1])
    }
}
