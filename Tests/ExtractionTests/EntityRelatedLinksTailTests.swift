import ArticleModel
import Testing

@testable import Extraction

/// A scraped page's tail run into the article's last paragraph, from a related-links label to the page's
/// copyright line, names nothing: no other story's names, no section labels run into junk names.
@Suite struct EntityRelatedLinksTailTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func theTailAfterARelatedNewsLabelNamesNothing() {
        let found = entities([
            "Shelling hit the market in Valdoria on Tuesday, the governor Anna Kestrel said. Source Harbour Wire "
                + "Related News Tarvan floods force thousands from homes | Dornholm votes on new mayor Category News "
                + "Marrowby port reopens after strike Follow us on Instagram. Copyright 2019 Harbour Wire. About Us"
        ])
        #expect(found.contains { $0.name == "Valdoria" }, "\(found.map(\.name))")
        #expect(found.contains { $0.name == "Anna Kestrel" }, "\(found.map(\.name))")
        for junk in ["Tarvan", "Dornholm", "Marrowby", "Instagram", "News"] {
            #expect(!found.contains { $0.name.contains(junk) }, "\(junk) in \(found.map(\.name))")
        }
    }

    @Test func aRelatedBoxWithTheArticleGoingOnIsRead() {
        let found = entities([
            "Shelling hit the market in Valdoria on Tuesday. Related Coverage Floods in the south Envoy Pell Vance "
                + "said the talks in Dornholm would go on next week."
        ])
        #expect(found.contains { $0.name == "Dornholm" }, "\(found.map(\.name))")
    }
}
