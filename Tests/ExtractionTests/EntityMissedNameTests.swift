import ArticleModel
import Testing

@testable import Extraction

/// Names the words around them make: a site before its noun (`the Tharwan military airport`, `the Kessab
/// dam`), a journal after `the journal`, a body named for what it deals with (`Committee on Harbour Safety`),
/// and a body the article only describes (`the US-led coalition`) keeping `the coalition` from a named one.
@Suite struct EntityMissedNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func anArmedGroupWrittenAsAMixedCaseAcronym() {
        let found = entities([
            "Police said HuT fighters attacked the checkpoint, and the LeT denied any part in it.",
            "Officers let the men go later. They hum a tune.",
        ])
        #expect(found.contains { $0.name == "HuT" && $0.kind == .organization }, "\(found.map(\.name))")
        #expect(found.contains { $0.name == "LeT" && $0.kind == .organization }, "\(found.map(\.name))")
        let opening = entities(["Gunmen attacked the post on Monday. The LeT denied any role. Officers let them go."])
        #expect(opening.contains { $0.name == "LeT" && $0.kind == .organization }, "\(opening.map(\.name))")
    }

    @Test func mixedCaseAcronymsAreTold() {
        #expect(EntityExtractor.isMixedCaseAcronym("LeT"))
        #expect(EntityExtractor.isMixedCaseAcronym("HuJI"))
        #expect(!EntityExtractor.isMixedCaseAcronym("McCoy"))
        #expect(!EntityExtractor.isMixedCaseAcronym("DeMar"))
        #expect(!EntityExtractor.isMixedCaseAcronym("Let"))
        #expect(!EntityExtractor.isMixedCaseAcronym("LET"))
        #expect(!EntityExtractor.isMixedCaseAcronym("DVDs"))
    }

    @Test func aPeerNamedWithThePlaceOfHisTitleIsAPerson() {
        let found = entities([
            "Lord Pellow of Arnsby said the bill was unjust.",
            "The ruling was welcomed by Baroness Hadley of Stourmere, a former judge.",
        ])
        #expect(found.contains { $0.name.contains("Pellow") && $0.kind == .person }, "\(found.map(\.name))")
        #expect(found.contains { $0.name.contains("Hadley") && $0.kind == .person }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "Arnsby" || $0.name == "Stourmere" }, "\(found.map(\.name))")
    }

    @Test func aSiteBeforeItsNounIsAPlace() {
        let found = entities([
            "Militants attacked the nearby Tharwan military airport on Sunday.",
            "Engineers checked the nearby Kessab dam after the strike.",
        ])
        #expect(found.contains { $0.name == "Tharwan" && $0.kind == .place }, "\(found.map(\.name))")
        #expect(found.contains { $0.name == "Kessab" && $0.kind == .place }, "\(found.map(\.name))")
    }

    @Test func aJournalAfterTheWordJournal() {
        let found = entities(["The findings appeared in the journal Brenlow Reviews on Thursday."])
        #expect(found.contains { $0.name == "Brenlow Reviews" && $0.kind == .organization }, "\(found.map(\.name))")
    }

    @Test func aBodyNamedForWhatItDealsWithKeepsItsWholeName() {
        let found = entities([
            "On Friday the Regional Commission of Inquiry on Tarnland said the camps were full.",
            "He later chaired the Committee on Rural Housing and Transport, and housing was his brief.",
        ])
        #expect(
            found.contains { $0.name == "Regional Commission of Inquiry on Tarnland" && $0.kind == .organization },
            "\(found.map(\.name))")
        #expect(
            found.contains { $0.name == "Committee on Rural Housing and Transport" && $0.kind == .organization },
            "\(found.map(\.name))")
    }

    @Test func aBodyBeforeADateKeepsItsName() {
        let found = entities(["The Regional Commission on Tuesday said the camps were full."])
        #expect(found.contains { $0.name == "Regional Commission" }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name.contains("Tuesday") }, "\(found.map(\.name))")
    }

    @Test func theBareHeadOfADescribedBodyIsNoAliasOfANamedOne() {
        let found = entities([
            "A US-led coalition strike hit the town on Monday.",
            "The coalition said it takes every care to spare civilians.",
            "The opposition Tarnish National Coalition condemned the raid.",
        ])
        let named = found.first { $0.name == "Tarnish National Coalition" }
        #expect(named != nil, "\(found.map(\.name))")
        let aliases = named?.aliases ?? []
        #expect(!aliases.contains { $0.lowercased() == "coalition" }, "\(aliases)")
    }

    @Test func theBareHeadOfTheOneNamedBodyStaysItsAlias() {
        let found = entities([
            "The opposition Tarnish National Coalition condemned the raid.",
            "The coalition said it would meet again on Friday.",
        ])
        let named = found.first { $0.name == "Tarnish National Coalition" }
        #expect(named.map { $0.aliases.contains { $0.lowercased() == "coalition" } } == true, "\(named?.aliases ?? [])")
    }
}
