import ArticleModel
import Testing

@testable import Extraction

/// A word for a firm's trade before a name says a company, however many words the name has (`miner Harrow
/// Resources`), and opening the sentence it is no part of the name (`Miner Harrow Gold said`); a word that
/// describes, opening the sentence before a known name, is no part of it either (`Legendary Dutch striker`).
@Suite struct EntityCompanyCueTests {
    func kind(_ name: String, in text: String) -> ExtractedEntity.Kind? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).entities.first { $0.name == name }?.kind
    }

    @Test func aTradeWordBeforeANameOfSeveralWordsSaysACompany() {
        #expect(kind("Harrow Resources", in: "Gold miner Harrow Resources said output fell.") == .organization)
        // A word for a person's work before a name stays a person's.
        #expect(kind("Tom Hale", in: "The analyst Tom Hale said output fell.") == .person)
    }

    @Test func aTradeWordOpeningTheSentenceIsNoPartOfTheName() {
        let text = "Miner Harrow Resources said on Monday that output fell."
        #expect(kind("Miner Harrow Resources", in: text) == nil)
    }

    @Test func aDescribingWordOpeningTheSentenceIsNoPartOfAKnownName() {
        #expect(kind("Legendary Dutch", in: "Legendary Dutch striker Tom Hale retired.") == nil)
        #expect(kind("In-form Leicester", in: "In-form Leicester won again on Saturday.") == nil)
        // A name opened by a compass word or by an adjective that opens names as often keeps it.
        #expect(kind("Michigan", in: "Eastern Michigan won again on Saturday.") == nil)
        #expect(kind("United Kingdom", in: "Little Britain stars won two awards.") == nil)
    }

    @Test func aCompanysFormWrittenShortInAListIsNoPlace() {
        let text = "Prices rose. Miners Harlow and Cie. Vesk Norte agreed higher prices this week."
        #expect(kind("Cie", in: text) != .place)
    }
}
