import ArticleModel
import Testing

@testable import Extraction

/// A name, a comma and an appositive headed by a word for a company (`the Tarvan food group,`) is a
/// company, even opening the sentence; an appositive for a person's post (`the company chairman`, `the
/// group's founder`) makes none.
@Suite struct EntityCompanyAppositiveTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Markets", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func describe(_ found: [ExtractedEntity]) -> String { "\(found.map { ($0.name, $0.kind) })" }

    @Test func anAppositiveHeadedByAGroupNamesACompany() {
        let found = entities([
            "Velkaro, the Tarvan dairy group, has posted a rise in earnings after a long inquiry into its books.",
        ])
        #expect(found.contains { $0.name == "Velkaro" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func anAppositiveForAPersonsPostMakesNoCompany() {
        let found = entities([
            "Dravik, the company chairman, told shareholders in Dornholm that the plan would go ahead.",
        ])
        #expect(!found.contains { $0.name == "Dravik" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aPhraseOfItsOwnBeforeTheHeadDescribesAPerson() {
        let found = entities(["But Orsino Calvetti, the elder statesman of the group, wanted to keep control in Dornholm."])
        #expect(!found.contains { $0.name.contains("Calvetti") && $0.kind == .organization }, "\(describe(found))")
    }
}
