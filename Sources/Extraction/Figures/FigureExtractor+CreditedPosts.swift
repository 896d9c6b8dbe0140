/// A social-media post embedded in a page, credited by the line after it: the post's words, then `— Ann Roe
/// (@annroe) March 3, 2021`. The figures of the post are its author's, as a quotation's are its speaker's:
/// the credited person or organisation when the article names them there, else no one (never the source a
/// sentence of the post would give, which speaks for the author).
extension FigureExtractor {
    /// Sets the source of each figure inside a credited post.
    static func attribute(
        _ figures: inout [Figure], toCreditedPostsIn article: AnalyzedArticle, entities: EntityExtractor.Result
    ) {
        var authors: [Int: String?] = [:]
        // (A line with no full stop is read as a crosshead: a credit line and a post's lines often are.)
        for paragraph in article.paragraphs where paragraph.kind == .body || paragraph.kind == .crosshead {
            guard let name = creditedName(in: paragraph) else { continue }
            let author = entities.mentions(in: name, paragraph: paragraph.position).first {
                $0.tokens.upperBound <= name.upperBound
                    && [.person, .organization].contains(entities.entities[$0.entity].kind)
            }
            let source = author.map { entities.entities[$0.entity].name }
            for position in postParagraphs(before: paragraph.position, in: article) { authors[position] = source }
        }
        guard !authors.isEmpty else { return }
        for index in figures.indices {
            guard let author = authors[figures[index].span.paragraph], figures[index].takesSource else { continue }
            figures[index].source = author
        }
    }

    /// The tokens naming who a credit line credits: `— Ann Roe (@annroe) March 3, 2021` opens with a dash,
    /// names its author in a few words, then a handle in brackets, then the post's date (a month's name).
    static func creditedName(in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Range<Int>? {
        let tokens = paragraph.tokens
        guard tokens.count >= 5, tokens[0].kind == .punctuation, Self.creditDashes.contains(tokens[0].text),
            let open = tokens.prefix(Self.creditNameLength + 2).firstIndex(where: { $0.isPunctuation("(") }),
            open > 1, open + 2 < tokens.count, tokens[open + 1].text.hasPrefix("@")
        else { return nil }
        guard let close = tokens[(open + 1)...].prefix(4).firstIndex(where: { $0.isPunctuation(")") }),
            close + 1 < tokens.count, EnglishLexicon.month(tokens[close + 1].lower) != nil
        else { return nil }
        return 1..<open
    }

    /// The paragraphs of the post a credit line at `position` closes: the one right before it, and before
    /// that those that end with no full stop, as posts often do (at most a few).
    static func postParagraphs(before position: Int, in article: AnalyzedArticle) -> [Int] {
        var found: [Int] = []
        var p = position - 1
        while p >= 0, found.count < Self.postParagraphLimit {
            let paragraph = article.paragraphs[p]
            guard paragraph.kind == .body || paragraph.kind == .crosshead, let last = paragraph.tokens.last else {
                break
            }
            if !found.isEmpty, last.kind == .punctuation, Self.paragraphClosers.contains(last.text) { break }
            found.append(p)
            p -= 1
        }
        return found
    }

    static let creditDashes: Set<String> = ["\u{2014}", "\u{2013}", "-", "\u{2015}"]
    /// The most tokens an author's name in a credit line may take.
    static let creditNameLength = 10
    /// The most paragraphs one post may take.
    static let postParagraphLimit = 3
    /// Marks that close a paragraph of an article (a post's last line often has none).
    static let paragraphClosers: Set<String> = [".", "!", "?", "\"", "\u{201D}", ":", "'", "\u{2019}", ")"]
}
