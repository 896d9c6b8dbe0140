import ArticleModel
import Testing

@testable import Extraction

/// A people's, a faith's or a movement's adjective closing a name before a lowercase noun describes the noun:
/// the name stops before it; in text without apostrophes, a possessive before it folds as before a noun.
@Suite struct EntityTrailingPeopleAdjectiveTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test(arguments: [
        ("The fighters from the Kestrel Brigade Islamist faction were killed near the Vessa bridge.", "Kestrel Brigade"),
        ("Gunmen and the Tarvan Front Syrian troops repelled an attack on the hill town.", "Tarvan Front"),
    ])
    func anAdjectiveBeforeANounLeavesTheName(sentence: String, name: String) {
        let found = entities([sentence, "Residents said the road was closed on Monday."])
        #expect(found.contains { $0.name == name }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name.hasPrefix(name + " ") }, "\(found.map(\.name))")
    }

    @Test func aLostPossessiveBeforeAnAdjectiveFolds() {
        let found = entities([
            "Vessa Marrow has led the council in the hills since the war began",
            "Critics say Marrows Alawite base has shrunk since spring",
        ])
        #expect(found.contains { $0.name == "Vessa Marrow" }, "\(found.map(\.name))")
        #expect(found.contains { $0.name == "Alawite" && $0.kind == .nationality }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name.contains("Marrows") }, "\(found.map(\.name))")
    }

    @Test func aKnownOrganisationsLostPossessiveBeforeANationalityFolds() {
        let found = entities([
            "Recruits from al-Qaedas Syrian wing crossed the river that winter",
            "Residents said the men had gone north",
        ])
        #expect(found.contains { $0.name == "al-Qaeda" }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name.contains("Qaedas") }, "\(found.map(\.name))")
    }

    @Test func aGivenNameAndASurnameLikeAnAdjectiveStay() {
        let found = entities(["Critics praised the Sarah Welsh novels sold in Kelvar on Friday."])
        #expect(found.contains { $0.name == "Sarah Welsh" }, "\(found.map(\.name))")
    }
}
