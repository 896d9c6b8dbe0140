import ArticleModel
import Testing

@testable import Extraction

/// The capitalised words between an article or a preposition and `magazine` or `newspaper` are an
/// outlet's title (`the editor of Kelvar magazine`), even when the title is an English word; not a day.
@Suite struct EntityOutletTitleTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aTitleBeforeMagazineIsAnOrganization() {
        let found = entities(["Anna Marrowby, the editor of Kelvar magazine, said sales of the console had doubled."])
        #expect(found.contains { $0.name == "Kelvar" && $0.kind == .organization })
    }

    @Test func anEnglishWordAsATitleIsAnOrganization() {
        let found = entities(["Tom Hale told the Beacon newspaper that the Dornholm mill would close."])
        #expect(found.contains { $0.name == "Beacon" && $0.kind == .organization })
    }

    @Test func aDayBeforeNewspaperIsNoTitle() {
        let found = entities(["Tom Hale told the Sunday newspaper that the Dornholm mill would close."])
        #expect(!found.contains { $0.name == "Sunday" })
    }
}
