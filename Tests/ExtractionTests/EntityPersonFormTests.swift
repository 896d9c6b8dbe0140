import ArticleModel
import Testing

@testable import Extraction

/// One person written with and without a middle initial, or with a short form of the given name.
@Suite struct EntityPersonFormTests {
    func people(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities.filter { $0.kind == .person }
    }

    @Test func aMiddleInitialAndAShortGivenNameJoinTheFullName() {
        let found = people([
            "The study was led by John R. Halvorsen, a historian at the port museum.",
            "John Halvorsen spent ten years on it, and Jack Halvorsen, as friends call him, said it was worth it.",
            "Halvorsen will retire next year.",
        ])
        #expect(found.map(\.name) == ["John R. Halvorsen"])
        let aliases = Set(found.first?.aliases ?? [])
        #expect(aliases.isSuperset(of: ["John Halvorsen", "Jack Halvorsen", "Halvorsen"]))
    }

    @Test func shortFormsJoinWithoutAMiddleName() {
        let found = people(["William Tarrant met the mayor, and later Bill Tarrant told the council it had gone well."])
        #expect(found.map(\.name) == ["William Tarrant"])
    }

    @Test func differentGivenNamesOrInitialsStayApart() {
        let found = people([
            "Mary Ostrander and her brother Thomas Ostrander sold the farm.",
            "Their cousins George H. Wendel and George T. Wendel bought it.",
        ])
        #expect(Set(found.map(\.name)) == ["Mary Ostrander", "Thomas Ostrander", "George H. Wendel", "George T. Wendel"])
    }

    @Test func aFormThatFitsTwoPeopleStaysApart() {
        let found = people([
            "George H. Wendel and George T. Wendel were brothers.",
            "George Wendel, a neighbour said, kept bees.",
        ])
        #expect(found.count == 3)
    }

    @Test func theShortFormsListReadsPairs() {
        let pairs = EntityGivenNameShortForms.pairs(in: "# comment\nbill\twilliam\nbob\trobert\n\nbill\tbilliam\n")
        #expect(pairs["bill"] == ["william", "billiam"])
        #expect(EntityGivenNameShortForms.sameGivenName("Jack", "John"))
        #expect(!EntityGivenNameShortForms.sameGivenName("Jack", "James"))
    }
}
