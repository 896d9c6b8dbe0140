/// A change over time: `from $0.23 today to $0.10 by 2030`, `from 4% in 2020 to 9% in 2025`. Its two
/// figures stand at the two ends of a stretch of time, so the nearest date to each is no date of either:
/// they take none.
extension ArticleExtractor {
    /// The figures (by index) that open or close a change `from A … to B` whose sentence names two or
    /// more different dates.
    static func changesOverTime(
        _ figures: [Figure], dates byParagraph: [Int: ArraySlice<DateMention>], in article: AnalyzedArticle
    )
        -> Set<Int>
    {
        var changes: Set<Int> = []
        for index in figures.indices.dropLast() {
            let from = figures[index], to = figures[index + 1]
            guard from.span.paragraph == to.span.paragraph, from.kind == to.kind, from.kind != .count else { continue }
            let paragraph = article.paragraphs[from.span.paragraph]
            let sentence = paragraph.sentenceSpan(containing: from.span.start)
            guard sentence.contains(to.span.start), word(before: from.span.start, in: paragraph) == "from",
                word(before: to.span.start, in: paragraph) == "to"
            else { continue }
            let values = Set(
                (byParagraph[from.span.paragraph] ?? []).filter { sentence.contains($0.span.start) }.compactMap(\.value)
            )
            if values.count >= 2 { changes.formUnion([index, index + 1]) }
        }
        return changes
    }

    /// The lowercased word that ends right before character `offset`, if a word does.
    static func word(before offset: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> String? {
        let low = firstToken(endingAfter: offset, in: paragraph.tokens)
        guard low > 0, paragraph.tokens[low - 1].isWord else { return nil }
        return paragraph.tokens[low - 1].lower
    }
}
