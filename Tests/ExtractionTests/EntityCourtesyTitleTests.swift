import ArticleModel
import Testing

@testable import Extraction

/// `Mr Soros`: a courtesy title before a lone surname makes it a person, whatever else it sits beside.
@Suite struct EntityCourtesyTitleTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aSurnameAfterMrIsAPersonWithoutAVerbOfSaying() {
        let found = entities(["Reports in the paper claimed Mr Vostrick had given money to the campaign."])
        #expect(found.first { $0.name == "Vostrick" }?.kind == .person)
    }

    @Test func aSurnameAfterMrsWithAFullStopIsAPerson() {
        let found = entities(["The award went to Mrs. Ellacott for her work with the charity."])
        #expect(found.first { $0.name == "Ellacott" }?.kind == .person)
    }

    @Test func aTitleAfterAnArticleMakesATypeNotAPerson() {
        let found = entities(["He said he would not be the Mr Zorvell of the panel this year."])
        #expect(!found.contains { $0.name == "Zorvell" })
    }
}
