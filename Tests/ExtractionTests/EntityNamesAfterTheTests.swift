import ArticleModel
import Testing

@testable import Extraction

/// Two or more capitalised words standing alone after a lowercase `the` (before a break or a word such as
/// `and`, `in`, `was`) name a work, a team, a band or a building, never a person: with nothing else to say
/// what they are, they stay unstored. A person's name used as a modifier (`the Ann Roe government`) and
/// names whose other words or cues say their kind stay.
@Suite struct EntityNamesAfterTheTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Weekend", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func describe(_ found: [ExtractedEntity]) -> String { "\(found.map { ($0.name, $0.kind) })" }

    @Test func aRunAfterTheBeforeACommaIsNoPerson() {
        let found = entities([
            "Critics in Dornholm loved the Marrowby Lantern Diaries, and tickets for the screenings sold out within a day.",
        ])
        #expect(!found.contains { $0.name.contains("Lantern") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Dornholm" && $0.kind == .place }, "\(describe(found))")
    }

    @Test func aRunAfterTheAtTheEndOfASentenceIsNoPerson() {
        let found = entities(["Ann Vessa later sang for years with the Kestrel Hill Players."])
        #expect(!found.contains { $0.name.contains("Players") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Ann Vessa" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aPersonUsedAsAModifierStaysAPerson() {
        let found = entities([
            "Supporters of the Tarvo Kessling government gathered in Dornholm on Monday.",
            "Tarvo Kessling said the vote would go ahead as planned.",
        ])
        #expect(found.contains { $0.name == "Tarvo Kessling" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aNameWhoseOwnWordsSayItsKindStays() {
        let found = entities(["Ann Vessa joined the Marrowby Harbour Choir and toured with it for a year."])
        #expect(found.contains { $0.name == "Marrowby Harbour Choir" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aNameWithATitleElsewhereStaysAPerson() {
        let found = entities([
            "Dr Oskarr Velmont opened the new ward in Dornholm on Friday.",
            "Nurses who trained under the Oskarr Velmont, as they called him, came to see it.",
        ])
        #expect(found.contains { $0.name == "Oskarr Velmont" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func namesListedAsOneModifierBeforeACommaStay() {
        let found = entities(["Ann Vessa now sits in the Orvel Kessling, Mr Grumpy chair on the panel."])
        #expect(found.contains { $0.name == "Orvel Kessling" && $0.kind == .person }, "\(describe(found))")
    }

    /// `Velkaro` alone has no evidence of its own: it becomes a company only when a later pass reads `handhelds
    /// such as the Velkaro QX` as a product and its first word, written alone, as the product's maker. The run
    /// stands after `the` (a comma and a lowercase word follow); dropped here, it would never reach that pass.
    @Test func aMakerBeforeAModelsCapitalLettersIsNotDropped() {
        let found = entities([
            "Critics expect Velkaro to cut the price of handhelds such as the Velkaro QX, its best seller.",
        ])
        #expect(found.contains { $0.name == "Velkaro" && $0.kind == .organization }, "\(describe(found))")
    }
}
