import ArticleModel
import Testing

@testable import Extraction

/// A lone name before a verb only people do is a person's, with no full name written before.
@Suite struct EntityPersonVerbTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aLoneNameBeforeAPersonsVerbIsAPerson() {
        let found = entities([
            "Kessington resigned on Friday after the vote.",
            "Asked about the strike, Brauwer shrugged and left the room.",
        ])
        #expect(found.first { $0.name == "Kessington" }?.kind == .person)
        #expect(found.first { $0.name == "Brauwer" }?.kind == .person)
    }

    @Test func aPronounOrADictionaryWordBeforeAPersonsVerbIsNoName() {
        let found = entities([
            "Nobody died in the fire. Everyone said the crew had been brave.",
            "Previously married couples were exempt. Someone shrugged.",
        ])
        #expect(found.isEmpty)
    }

    @Test func aKnownFullNameTakesTheLoneName() {
        let found = entities([
            "Oksana Dravnik led the union for a decade.",
            "Dravnik retired last year.",
        ])
        #expect(found.filter { $0.kind == .person }.map(\.name) == ["Oksana Dravnik"])
    }
}
