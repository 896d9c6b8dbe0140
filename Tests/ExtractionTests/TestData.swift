import ArticleModel
import Extraction

/// What the tests share: the bundled gazetteer and an extractor using it, each loaded once per run.
enum TestData {
    static let gazetteer: Gazetteer = {
        do { return try Gazetteer.bundled() } catch { fatalError("\(error)") }
    }()
    static let extractor = ArticleExtractor(gazetteer: gazetteer)

    /// The entities of `text` as the one body paragraph of an article.
    static func bodyEntities(_ text: String) -> [ExtractedEntity] {
        extractor.extract(from: Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])).entities
    }

    /// The figures of `text` as the one body paragraph of an article (its headline left out).
    static func bodyFigures(_ text: String) -> [Figure] {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return extractor.extract(from: article).figures.filter { $0.span.paragraph == 1 }
    }

    /// The figure with `value` in the body paragraph `text`, in an article published on Friday 15 March 2019.
    static func figurePublishedFriday(_ value: Double, in text: String) -> Figure? {
        let article = Article(
            title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2019-03-15")
        return extractor.extract(from: article).figures.first { $0.value == value && $0.span.paragraph == 1 }
    }

    /// The figures of an article whose body is `paragraphs` (headline `Report`).
    static func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return extractor.extract(from: article).figures
    }

    /// The quotes of an article whose body is `paragraphs` (headline `Report`).
    static func quotes(_ paragraphs: [String]) -> [Quote] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return extractor.extract(from: article).quotes
    }
}
