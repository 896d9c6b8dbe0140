import ArticleModel
import Testing

@testable import Extraction

/// A page's header furniture at the opening of the body (the repeated headline, then an outlet, a byline,
/// a section and a clock time before a numeric dateline, an update stamp, `Get short URL`, a topic and a
/// share counter after it) gives no figure, source or name. Sentences written for these tests.
@Suite struct PageHeaderFurnitureTests {
    static let headline = "Floods Kill 12 Villagers in Tarn"

    func extract(_ body: String, headline: String = Self.headline) -> Extraction {
        let article = Article(
            title: headline, paragraphs: [Paragraph(kind: .body, text: body)], published: "2017-04-06")
        return TestData.extractor.extract(from: article)
    }

    static let furnished =
        "Floods Kill 12 Villagers in Tarn - Reports Harbour Wire Tomas Brennik World 1730 06.04.2017(updated 1745"
        + " 06.04.2017) Get short URL 0 40 Rescue teams recovered 12 bodies in Tarn on Thursday local officials said."

    @Test func theFurnituresNumbersAreNoFigures() {
        let figures = extract(Self.furnished).figures.filter { $0.span.paragraph == 1 }
        for value in [1730.0, 1745, 40, 0] {
            #expect(!figures.contains { $0.value == value }, "\(value): \(figures.map(\.text))")
        }
        #expect(figures.contains { $0.value == 12 && $0.text.contains("bodies") })
    }

    @Test func theFurnitureNamesNoSource() {
        let figures = extract(Self.furnished).figures.filter { $0.span.paragraph == 1 }
        #expect(!figures.isEmpty)
        for figure in figures {
            #expect(!(figure.source ?? "").contains("Harbour"), "\(figure.text): \(figure.source ?? "-")")
            #expect(figure.source != "World", "\(figure.text)")
        }
    }

    @Test func theFurnitureNamesNoOne() {
        let names = extract(Self.furnished).entities.map(\.name)
        #expect(!names.contains { $0.contains("Brennik") || $0.contains("Harbour") || $0 == "World" }, "\(names)")
        #expect(names.contains("Tarn"))
    }

    @Test func furnitureOnALineOfItsOwnAboveTheDateline() {
        let paragraphs = [
            "Floods Kill 12 Villagers in Tarn - Reports Harbour Wire Tomas Brennik World 1730",
            "06.04.2017 Rescue teams recovered 12 bodies in Tarn on Thursday local officials said.",
        ]
        let article = Article(
            title: Self.headline, paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) },
            published: "2017-04-06")
        let extraction = TestData.extractor.extract(from: article)
        #expect(!extraction.figures.contains { $0.value == 1730 || ($0.source ?? "").contains("Harbour") })
        #expect(!extraction.entities.contains { $0.name.contains("Brennik") || $0.name == "World" })
    }

    @Test func aTopicAndAShareCounterAfterABareDateline() {
        let body =
            "06.04.2017 Get short URL Topic Floods in the North (40) 0 25 Rescue teams recovered 25 bodies in Tarn"
            + " on Thursday."
        let figures = extract(body).figures.filter { $0.span.paragraph == 1 }
        #expect(!figures.contains { $0.value == 40 || $0.value == 0 }, "\(figures.map(\.text))")
        #expect(figures.contains { $0.value == 25 })
        #expect(!extract(body).entities.contains { $0.name.hasPrefix("Topic") })
    }

    @Test func theLeadsTollRightAfterTheShareCounterStays() {
        let body = "06.04.2017 Get short URL 0 85 12 villagers were killed in Tarn on Thursday Rodi Said reported."
        let figures = extract(body).figures.filter { $0.span.paragraph == 1 }
        #expect(figures.map(\.value) == [12], "\(figures.map(\.text))")
    }

    @Test func aBylineWithACapitalisedVerbOfSaying() {
        let body =
            "Floods Kill 12 Villagers in Tarn Harbour Wire Rodi Said World 1730 06.04.2017Get short URL 0 54 Rescue"
            + " teams recovered 12 bodies in Tarn on Thursday."
        let figures = extract(body).figures.filter { $0.span.paragraph == 1 }
        #expect(!figures.contains { [1730, 54, 0].contains($0.value) }, "\(figures.map(\.text))")
    }

    @Test(arguments: [
        // A toll right after a bare dateline is the lead's.
        ("06.04.2017 12 villagers were killed in Tarn on Thursday.", 12.0),
        ("06.04.2017 0 of the 12 boats returned to Tarn on Thursday.", 12),
    ])
    func aCountAfterABareDatelineStays(body: String, value: Double) {
        let figures = extract(body).figures.filter { $0.span.paragraph == 1 }
        #expect(figures.contains { $0.value == value }, "\(figures.map(\.text))")
    }

    @Test(arguments: [
        "Floods Kill 12 Villagers in Tarn as rivers rose on 06.04.2017 across the valley.",
        "Rescue teams said 06.04.2017 was the worst day.",
        "Floods Kill 12 Villagers in Tarn World 1790 06.04.2017 Rescue teams searched.",
    ])
    func noFurnitureWithoutAPagesHeader(body: String) {
        let article = Article(title: Self.headline, paragraphs: [Paragraph(kind: .body, text: body)])
        let analyzed = AnalyzedArticle(article)
        #expect(analyzed.paragraphs[1].headerFurniture == nil, "\(body)")
    }

    @Test func theFurnitureStartsAfterTheRepeatedHeadline() {
        let article = Article(title: Self.headline, paragraphs: [Paragraph(kind: .body, text: Self.furnished)])
        let paragraph = AnalyzedArticle(article).paragraphs[1]
        let range = try? #require(paragraph.headerFurniture)
        #expect(range.map { paragraph.text(of: $0) }?.hasPrefix("- Reports Harbour Wire") == true)
        #expect(range.map { paragraph.text(of: $0) }?.hasSuffix("Get short URL 0 40") == true)
    }
}
