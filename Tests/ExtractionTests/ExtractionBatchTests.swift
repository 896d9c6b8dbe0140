import ArticleModel
import Testing

@testable import Extraction

/// Extraction a batch of articles at a time, pass by pass, finds in each article what it finds in that
/// article alone, and batches stay within their count and their bytes.
@Suite struct ExtractionBatchTests {
    /// Articles unlike each other: names, tolls, sayings and days of their own, so that anything one
    /// article's extraction took from another's would show.
    static let articles: [Article] = [
        Article(
            title: "Ferry sinks off the coast",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "A ferry sank near Marlow on Tuesday, killing 12 passengers and injuring 30 others."),
                Paragraph(
                    kind: .body,
                    text: "\"We heard a loud noise and then the water came in,\" said Jonah Pike, a deckhand."),
            ], published: "2024-03-07"),
        Article(
            title: "Budget passes",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "The council approved a budget of $4 million on Monday, Mayor Clara Dunmore said.")
            ], published: "2023-11-15"),
        Article(
            title: "Storm",
            paragraphs: [
                Paragraph(kind: .body, text: "Nothing in this sentence counts anything at all.")
            ]),
        Article(
            title: "Protest in the capital",
            paragraphs: [
                Paragraph(
                    kind: .body, text: "Police arrested 45 protesters yesterday, according to Inspector Ravi Holm."),
                Paragraph(kind: .body, text: "\"The march was peaceful until the evening,\" Holm told reporters."),
            ], published: "2022-06-02"),
    ]

    @Test func aBatchFindsInEachArticleWhatItFindsAlone() {
        let extractor = TestData.extractor
        let alone = Self.articles.map { extractor.extract(from: $0) }
        let together = extractor.extract(from: Self.articles)
        #expect(together == alone)
        // (The articles do hold something for each pass to find.)
        #expect(alone[0].figures.count >= 2 && alone[0].quotes.count == 1 && !alone[0].dates.isEmpty)
        #expect(alone[2].figures.isEmpty && alone[3].quotes.count == 1)
        // In another order, each article still gets its own.
        #expect(extractor.extract(from: Self.articles.reversed()) == alone.reversed())
    }

    @Test func batchesAreBoundedByCountAndBytes() {
        let count = ArticleExtractor.batchArticles, limit = ArticleExtractor.batchBytes
        #expect(ArticleExtractor.batches(ofSizes: []) == [])
        #expect(
            ArticleExtractor.batches(ofSizes: Array(repeating: 100, count: count + 1)) == [
                0..<count, count..<(count + 1),
            ])
        // A long article is a batch of its own, wherever it comes.
        #expect(ArticleExtractor.batches(ofSizes: [100, limit + 1, 100, 100]) == [0..<1, 1..<2, 2..<4])
        // Bytes close a batch before its count does.
        let third = limit / 3
        #expect(ArticleExtractor.batches(ofSizes: [third, third, third, third, 10]) == [0..<3, 3..<5])
        #expect(ArticleExtractor.batches(ofSizes: [1, 2, 3], most: 2, bytes: 5) == [0..<2, 2..<3])
    }

    @Test func anArticlesBatchSizeIsItsTextInUTF8() {
        let article = Article(title: "Café", paragraphs: [Paragraph(kind: .body, text: "Naïve text.")])
        #expect(ArticleExtractor.batchSize(of: article) == 5 + 12)
    }
}
