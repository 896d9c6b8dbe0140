import ArticleModel
import Testing

@testable import Extraction

/// A faith after a word for its branch or its people (`Shiite Islam`, `Tarvan Orthodox Christianity`) is a
/// faith, none of the scored kinds; a person whose surname is a faith's name stays a person.
@Suite struct EntityBranchOfFaithTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aBranchOfIslamIsNoPerson() {
        let found = entities(["The preacher in Kelvar turned to Shiite Islam in his twenties, his brother said."])
        #expect(!found.contains { $0.name.hasSuffix("Islam") })
    }

    @Test func aPeoplesOrthodoxChristianityIsNoPerson() {
        let found = entities(["Scholars in Dornholm study how Greek Orthodox Christianity spread along the coast."])
        #expect(!found.contains { $0.name.hasSuffix("Christianity") })
    }

    @Test func aPersonWithAFaithsNameAsSurnameStaysAPerson() {
        let found = entities(["The shop was opened by Rafiq Islam, who moved to Marrowby in 1990."])
        #expect(found.contains { $0.name == "Rafiq Islam" && $0.kind == .person })
    }
}
