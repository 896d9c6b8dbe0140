import ArticleModel
import Testing

@testable import Extraction

/// `"I have had a long talk with Arno," he told the club's website.`: `he` stands for none of the people the
/// quote itself names (sentences written for these tests).
@Suite struct QuoteNamedInQuoteTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func aManagerTalkingOfHisPlayerIsNotThePlayer() {
        let found = speakers([
            "Kestrel Hill manager Tomas Vell signed a new contract on Friday. Meanwhile, Vell has criticised "
                + "striker Arno Dask for his remarks before the derby.",
            "Dask spoke of his dislike of the rivals before the match. \"I have had a long talk with Arno. It was "
                + "said to the whole squad,\" he told the club's website.",
        ])
        #expect(found == ["Tomas Vell"])
    }

    @Test func aQuoteNamingNoOneKeepsTheLatestSubject() {
        let found = speakers([
            "Kestrel Hill manager Tomas Vell signed a new contract on Friday.",
            "Striker Arno Dask spoke of his dislike of the rivals. \"I have nothing against them,\" he said.",
        ])
        #expect(found == ["Arno Dask"])
    }
}
