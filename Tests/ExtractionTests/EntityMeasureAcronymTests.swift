import ArticleModel
import Testing

@testable import Extraction

/// Abbreviations of measures and tests are no organisations; bodies' abbreviations, a body's name cut
/// after a portfolio word, a state before its offices and a known abbreviation with `Group` glued on.
@Suite struct EntityMeasureAcronymTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        entities(paragraphs).first { $0.name == name }?.kind
    }

    @Test func measuresAndTestsAreNoOrganisations() {
        let paragraphs = [
            "The firm said its QTR rose to 3% in the quarter, while the VKM fell 10% on the year.",
            "A QTR of 2% is normal for such campaigns, the firm said.",
            "Doctors said ZX scans showed no damage to the spine.",
        ]
        #expect(kind("QTR", in: paragraphs) == nil)
        #expect(kind("VKM", in: paragraphs) == nil)
        #expect(kind("ZX", in: paragraphs) == nil)
    }

    @Test func bodiesNamedAsBodiesElsewhereStayOrganisations() {
        // The same shapes, with a mention that makes the abbreviation a body.
        let paragraphs = [
            "A QTR of 2% was reported last year.",
            "QTR officials said the figure was wrong.",
        ]
        #expect(kind("QTR", in: paragraphs) == .organization)
        let appeal = ["VKM said it would appeal.", "The VKM fell 10% in the poll after the ruling."]
        #expect(kind("VKM", in: appeal) == .organization)
    }

    @Test func aBodyNamedWithoutMeasuresStaysAnOrganisation() {
        #expect(kind("OPCW", in: ["Inspectors from the OPCW arrived in the town on Monday."]) == .organization)
    }

    @Test func aFacilityAfterAPortfolioWordIsABody() {
        let found = entities(["The Global Finance Facility was set up in May to pay for vaccines."])
        #expect(!found.contains { $0.kind == .person })
        #expect(found.contains { $0.name == "Global Finance Facility" && $0.kind == .organization })
    }

    @Test func aPlaceBeforeStateIsTheState() {
        let found = entities(["Lawyers said New York state would appeal the ruling within a month."])
        #expect(found.contains { $0.name == "New York State" && $0.kind == .place })
        #expect(!found.contains { $0.name == "New York City" })
        #expect(entities(["She moved to New York in May."]).contains { $0.name == "New York City" })
    }

    @Test func aKnownAbbreviationWithGroupGluedOnIsTheBody() {
        let found = entities(["The G7 Group of finance ministers met in the capital on Friday."])
        #expect(found.contains { $0.name == "G7" && $0.kind == .organization })
        #expect(!found.contains { $0.name == "G7 Group" })
    }

    @Test func aKnownFirmWrittenWithoutItsApostropheIsTheFirm() {
        let found = entities(["Trading at Sainsburys was strong over the holiday, analysts said."])
        #expect(found.contains { $0.name == "Sainsbury's" && $0.kind == .organization })
    }

    @Test func aSmallTownsOtherSpellingIsNotThatTownInNewsOfElsewhere() {
        // `Affula` is one of the gazetteer's spellings of Afula, a town in Israel.
        let abroad = entities(["Police in Affula said a man from London had been arrested."])
        #expect(abroad.contains { $0.name == "Affula" && $0.kind == .place })
        #expect(!abroad.contains { $0.name == "Afula" })
        let home = entities(["Police in Affula, in northern Israel, said a man had been arrested."])
        #expect(home.contains { $0.name == "Afula" && $0.kind == .place })
        // Nothing else placed: no sign the town is far.
        #expect(entities(["Police in Affula said a man had been arrested."]).contains { $0.name == "Afula" })
    }

    @Test func theGazetteerLocatesAnOtherSpellingOnlyOfBigPlacesOrByAccents() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.place(named: "Affula")?.name == "Afula")
        #expect(gazetteer.place(locatedBy: "Affula") == nil)
        #expect(gazetteer.place(locatedBy: "Afula")?.name == "Afula")
        #expect(gazetteer.place(locatedBy: "Agrinio")?.name == "Agrínio")
        #expect(Gazetteer.spellsAlike("Sanaa", "Sana'a"))
        #expect(!Gazetteer.spellsAlike("Affula", "Afula"))
    }
}
