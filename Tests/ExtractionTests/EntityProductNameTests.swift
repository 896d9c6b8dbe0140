import ArticleModel
import Testing

@testable import Extraction

/// Products, models, standards and benchmarks are no people, places or organisations; the companies that
/// own them are organisations; units and standards are no part of a name.
@Suite struct EntityProductNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Review", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func describe(_ found: [ExtractedEntity]) -> String { "\(found.map { ($0.name, $0.kind) })" }

    @Test func aModelCodeGluedToTheNameNamesAProduct() {
        let found = entities(["Owners of the Dorvel RX4 can now order the RX4 Hybrid from dealers in Boston."])
        #expect(!found.contains { $0.name.contains("RX") || $0.name.contains("Dorvel") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Boston" && $0.kind == .place })
    }

    @Test func aRocketsHeavyVariantNamesAProduct() {
        let found = entities(["Engineers said the Korvath Heavy could lift the station's modules from Florida next year."])
        #expect(!found.contains { $0.name.contains("Heavy") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Florida" && $0.kind == .place })
    }

    @Test func aBenchmarkWithAVersionCodeNamesNoPlace() {
        let found = entities(["In the Quorrin R23 test the machine scored 9,812 points, well ahead of last year."])
        #expect(!found.contains { $0.name.contains("Quorrin") }, "\(describe(found))")
    }

    @Test func aLetterAfterAHyphenNamesAProduct() {
        let found = entities(["The dock has four Bexlo X-A ports and one Bexlo Sling-C port for the display."])
        #expect(!found.contains { $0.name.contains("X-A") || $0.name.contains("Sling-C") }, "\(describe(found))")
    }

    @Test func aCodeAfterTheNameNamesAProduct() {
        let found = entities(["The base model runs on a Tarnix Core i7 with eight cores."])
        #expect(!found.contains { $0.name.contains("Core") }, "\(describe(found))")
    }

    @Test func aUnitGluedToANumberStartsNoName() {
        let found = entities([
            "It ships with a 2.6GHz Tarnix Vello processor and a 16GB memory card.",
            "Tarnix shares rose 4% on Monday after the launch.",
        ])
        #expect(!found.contains { $0.name.contains("GHz") || $0.name.contains("GB") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Tarnix" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func lettersOfAUnitWrittenAloneStayInAName() {
        let found = entities(["Ann Roe told GB News on Monday that the plan would go ahead."])
        #expect(found.contains { $0.name == "GB News" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aNameBeforeAKindOfProductNamesAModel() {
        let found = entities(["Reviewers ran the Velmaro benchmark on the Zenor Quad headphones and the Kappa app."])
        #expect(!found.contains { $0.name.contains("Velmaro") || $0.name.contains("Zenor") }, "\(describe(found))")
        #expect(!found.contains { $0.name.contains("Kappa") }, "\(describe(found))")
    }

    @Test func aNameAfterTheNewNamesAProduct() {
        let found = entities(["Critics liked the new Orvane, which Karmun Motors will sell from May in Chicago."])
        #expect(!found.contains { $0.name == "Orvane" }, "\(describe(found))")
        #expect(found.contains { $0.name == "Karmun Motors" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func theNewBeforeANameAndANounKeepsTheName() {
        let found = entities(["Officials of the new Labour government met on Monday in Chicago."])
        #expect(found.contains { $0.name.contains("Labour") }, "\(describe(found))")
    }

    @Test func aBrandWhosePossessiveIsAProductIsAnOrganisation() {
        let found = entities([
            "Vesko's new laptop weighs just over a kilogram.",
            "Vesko says the battery lasts a full working day.",
        ])
        #expect(found.contains { $0.name == "Vesko" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aBrandThatMakesAProductIsAnOrganisation() {
        let found = entities([
            "The screen is made by Sorlund, which plans to double output.",
            "Sorlund said demand was strong.",
        ])
        #expect(found.contains { $0.name == "Sorlund" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aBrandBeforeAModelIsAnOrganisation() {
        let found = entities([
            "The Vesko Lumo X-A has two ports and weighs less than its rivals.",
            "Vesko said the Lumo would reach shops in June.",
        ])
        #expect(found.contains { $0.name == "Vesko" && $0.kind == .organization }, "\(describe(found))")
        #expect(!found.contains { $0.name.contains("Lumo X") }, "\(describe(found))")
    }

    @Test func aStandardAfterTheNameNamesAProduct() {
        let found = entities(["The Korvel Mesh Wi-Fi 6 router covers a large house."])
        #expect(!found.contains { $0.name.contains("Korvel") }, "\(describe(found))")
    }

    @Test func aOneWordNamesOwnCameraLeavesNoCompany() {
        let found = entities(["Orrin is a virtual assistant. Orrin's camera sees the room, and Orrin answers."])
        #expect(!found.contains { $0.name == "Orrin" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aPersonsLaptopLeavesThePerson() {
        let found = entities(["Police seized Ann Roe's laptop on Friday. Roe said she had done nothing wrong."])
        #expect(found.contains { $0.name == "Ann Roe" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aRoadsNumberAfterAPlaceNamesNoProduct() {
        let article = Article(
            title: "Attack",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "Raiders killed 6 drivers near Velmoor on the Velmoor B7 highway on Monday. "
                        + "Velmoor residents fled north.")
            ])
        let result = TestData.extractor.extract(from: article)
        #expect(result.entities.contains { $0.name == "Velmoor" && $0.kind == .place }, "\(describe(result.entities))")
        #expect(result.figures.first { $0.value == 6 }?.site == "Velmoor")
    }

    @Test func aCodeAfterANamePlacedElsewhereNamesNoProduct() {
        let found = entities([
            "Raiders burned 4 buses near Dastan on the Dastan T2 line on Monday. Dastan residents fled north."
        ])
        #expect(found.contains { $0.name == "Dastan" && $0.kind == .place }, "\(describe(found))")
    }

    @Test func aGroupsDronesLeaveTheGroup() {
        let found = entities([
            "Tarnak fighters seized the ridge on Monday. Tarnak has denied the claim. "
                + "Villagers said they saw two Tarnak drones over the valley."
        ])
        #expect(found.contains { $0.name == "Tarnak" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aModelBeforeDronesOrACameraIsNoPerson() {
        let found = entities([
            "The army flew two Velmar Hawk drones over the ridge. A Korlin Snap camera filmed the crash."
        ])
        #expect(
            !found.contains { $0.name.contains("Velmar Hawk") || $0.name.contains("Korlin Snap") }, "\(describe(found))"
        )
    }

    @Test func aNameBeforeAKindOfProductNamedOtherwiseElsewhereStays() {
        let found = entities([
            "Korval fighters seized the ridge on Monday. Korval has denied the claim. Critics mocked the Korval app."
        ])
        #expect(found.contains { $0.name == "Korval" && $0.kind == .organization }, "\(describe(found))")
        #expect(found.first { $0.name == "Korval" }?.mentions.count == 2, "\(describe(found))")
    }

    @Test func aProductAfterTheBeforeAVerbStaysAProduct() {
        let found = entities(["Reviewers tried the Zenor Quad headphones. The Zenor Quad is billed as a studio pair."])
        #expect(!found.contains { $0.name.contains("Zenor") }, "\(describe(found))")
    }

    @Test func aCarmakerBeforeAModelsNameIsTheMakerAlone() {
        let found = entities([
            "Dealers in Spain said the Skoda Quellar sold well, and the Vauxhall Tarvo Sport was cut in price."
        ])
        #expect(found.contains { $0.name == "Skoda" && $0.kind == .organization }, "\(describe(found))")
        #expect(found.contains { $0.name == "Vauxhall" && $0.kind == .organization }, "\(describe(found))")
        #expect(!found.contains { $0.name.contains("Quellar") || $0.name.contains("Tarvo") }, "\(describe(found))")
    }

    @Test func aCarmakerBeforeACompanysHeadOrAPlaceKeepsTheName() {
        let found = entities(["Shares in Honda Motor rose, and Lexus Europe said sales were flat."])
        #expect(found.contains { $0.name == "Honda Motor" }, "\(describe(found))")
        #expect(found.contains { $0.name == "Europe" || $0.name == "Lexus Europe" }, "\(describe(found))")
    }

    @Test func aCarmakerOpeningASentenceIsAnOrganisation() {
        let found = entities(["Honda cut its forecast on Tuesday. Mazda said sales had fallen in Japan."])
        #expect(found.contains { $0.name == "Honda" && $0.kind == .organization }, "\(describe(found))")
        #expect(found.contains { $0.name == "Mazda" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func productWordsAreLoaded() {
        #expect(EntityProductWords.nouns.contains("benchmark"))
        #expect(EntityProductWords.specs.contains("GHz"))
        #expect(EntityProductWords.nouns.contains("capsule") && EntityProductWords.programmes.contains("mission"))
        #expect(EntityProductWords.craftsAndProgrammes.contains("capsule"))
        let words = EntityProductWords.words(
            in: "# note\nsedan\tnoun\nrocket\tcraft\nmission\tprogramme\nGHz\tspec\nbad line\n")
        #expect(words.nouns == ["sedan"] && words.specs == ["GHz"])
        #expect(words.crafts == ["rocket"] && words.programmes == ["mission"])
    }
}
