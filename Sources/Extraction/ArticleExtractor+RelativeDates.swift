/// `Twelve people died in Marlow days earlier`, `a few days ago, jets killed nine`: a clause dated only
/// against another moment (``RelativeDatePhrase``) gives no day, and the publication day is not its day
/// either. Such a figure keeps the phrase (`Figure.relativeDate`), and the archive's views then give it no
/// date rather than the article's.
extension ArticleExtractor {
    /// Marks each figure left undated (and neither a total over time nor a length) whose clause dates it
    /// against another moment; a part of a group so marked (`Eight of them were children.`) is marked too.
    static func markRelativeDates(_ figures: inout [Figure], in article: AnalyzedArticle) {
        var phraseByGroup: [TextSpan: String] = [:]
        for index in figures.indices
        where figures[index].date == nil && !figures[index].isRunningTotal && !figures[index].isUndatedMeasure {
            let span = figures[index].span
            var phrase = figures[index].groupSpan.flatMap { phraseByGroup[$0] }
            if phrase == nil {
                let paragraph = article.paragraphs[span.paragraph]
                let token = firstToken(endingAfter: span.start, in: paragraph.tokens)
                if token < paragraph.tokens.count, let sentence = paragraph.sentence(holding: token) {
                    phrase = RelativeDatePhrase.phrase(around: token, in: sentence, tokens: paragraph.tokens)
                }
            }
            guard let phrase else { continue }
            figures[index].relativeDate = phrase
            phraseByGroup[span] = phrase
        }
    }

    /// The index of the first token ending after character `offset` (binary search).
    static func firstToken(endingAfter offset: Int, in tokens: [Token]) -> Int {
        tokens.partitionPoint { $0.end > offset }
    }
}
