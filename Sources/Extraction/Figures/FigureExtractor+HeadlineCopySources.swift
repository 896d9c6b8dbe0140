/// `Jets kill 14 civilians in Marlow` over `Jets killed 14 civilians in Marlow on Monday, the Tarn Observatory
/// said.`: a headline names no one for its count, but the body's first sentences give the same count again
/// and say who reports it. The headline's count takes that source, and so does the body's copy of the
/// headline (`12-03-2016 Jets Kill 14 Civilians in Marlow.`), which names no one either.
///
/// Only when the link is plain: the same number of the same things (same counted noun, or people under
/// another word), with the same harm, within the body's first few sentences (the copy of the headline left
/// out), and every such count there that names a source names the same one.
extension FigureExtractor {
    /// How many of the body's first sentences a headline's count is looked for in (a copy of the headline
    /// among them).
    static let headlineCopySentences = 4

    static func giveHeadlinesTheSourceOfTheirBodyCopies(in figures: inout [Figure], article: AnalyzedArticle) {
        guard let headline = article.paragraphs.first(where: { $0.kind == .headline }),
            figures.contains(where: { $0.span.paragraph == headline.position && isCopyAwaitingSource($0) }),
            let end = endOfFirstBodySentences(of: article)
        else { return }
        let headlineText = headline.slice(of: 0..<headline.tokens.count)
        let storyPart = headlineText.firstRange(of: " - ").map { headlineText[..<$0.lowerBound] }
            ?? headlineText.firstRange(of: " | ").map { headlineText[..<$0.lowerBound] } ?? headlineText
        let body = Set(article.paragraphs.lazy.filter { $0.kind == .body }.map(\.position))
        // The body's figures up to the end of its first sentences (figures come in reading order).
        var window: [Int] = []
        for index in figures.indices where figures[index].span.paragraph != headline.position {
            let span = figures[index].span
            guard (span.paragraph, span.start) < (end.paragraph, end.offset) else { break }
            if body.contains(span.paragraph) { window.append(index) }
        }
        for index in figures.indices where figures[index].span.paragraph == headline.position {
            let count = figures[index]
            guard isCopyAwaitingSource(count) else { continue }
            let copies = window.filter { copiesCount(count, figures[$0]) }
            // (Not a source read in the body's copy of the headline, run on into the lead: the headline's own
            // words, `… kill 18 Kelvar Kurds Monitor`, may have been taken for one there. The copy may leave out
            // the page's name the headline ends on, after ` - ` or ` | `.)
            let inCopy = copies.filter { !storyPart.isEmpty && figures[$0].sentenceText.contains(storyPart) }
            let named = Set(copies.filter { !inCopy.contains($0) }.compactMap { figures[$0].source })
            guard named.count == 1, let source = named.first else { continue }
            figures[index].source = source
            // The body's copy of the headline's count itself, written as the headline writes it.
            for copy in inCopy where figures[copy].source == nil && figures[copy].text == count.text
                && !headlineText.isEmpty && figures[copy].sentenceText.contains(headlineText)
            {
                figures[copy].source = source
            }
        }
    }

    /// A count that may take a source from its copy: a count with none of its own.
    static func isCopyAwaitingSource(_ figure: Figure) -> Bool {
        figure.kind == .count && figure.source == nil && figure.takesSource && figure.unit != nil
    }

    /// Whether `body` gives the headline's `count` again: the same number of the same things
    /// (``sameCount(_:_:)``: `5 Killed` and `five people`), and the same harm, or (unlike
    /// ``restates(_:_:)``) no harm named in both.
    static func copiesCount(_ count: Figure, _ body: Figure) -> Bool {
        body.kind == .count && sameCount(count, body)
            && count.event.map(eventFamily) == body.event.map(eventFamily)
    }

    /// Where the body's first ``headlineCopySentences`` sentences end: their paragraph and the offset after
    /// the last one (the body's end when it has fewer), or nil for an article with no body.
    static func endOfFirstBodySentences(of article: AnalyzedArticle) -> (paragraph: Int, offset: Int)? {
        var end: (paragraph: Int, offset: Int)?
        var read = 0
        for paragraph in article.paragraphs where paragraph.kind == .body {
            for sentence in paragraph.sentences where !sentence.isEmpty {
                end = (paragraph.position, paragraph.tokens[sentence.upperBound - 1].end)
                read += 1
                if read == headlineCopySentences { return end }
            }
        }
        return end
    }
}
