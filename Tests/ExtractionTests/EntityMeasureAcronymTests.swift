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
            "The firm said its QTR rose to 3% in the quarter.",
            "A QTR of 2% is normal for such campaigns, the firm said.",
            "Doctors said ZX scans showed no damage to the spine.",
        ]
        #expect(kind("QTR", in: paragraphs) == nil)
        #expect(kind("ZX", in: paragraphs) == nil)
    }

    @Test func bodiesNamedAsBodiesElsewhereStayOrganisations() {
        // The same shapes, with a mention that makes the abbreviation a body.
        let paragraphs = [
            "A QTR of 2% was reported last year.",
            "QTR officials said the figure was wrong.",
        ]
        #expect(kind("QTR", in: paragraphs) == .organization)
    }

    @Test func partiesUnionsAndBoardsWithNumbersStayOrganisations() {
        // A party's share or seats, a union's or a militia's count, a cricket board's test side: bodies.
        #expect(kind("KDP", in: ["The KDP fell to 31% in the vote, and its leader resigned."]) == .organization)
        #expect(kind("NRP", in: ["The NRP rose to 212 seats after the recount."]) == .organization)
        #expect(kind("TWU", in: ["The TWU of 60,000 members voted to strike in March."]) == .organization)
        #expect(kind("LRB", in: ["The LRB test squad was named on Monday for the tour."]) == .organization)
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

    @Test func aLawyerFromAPlaceIsNotTheState() {
        let lawyer = entities(["A New York attorney who acts for the company declined to comment."])
        #expect(!lawyer.contains { $0.name == "New York State" })
        let office = entities(["The New York attorney general said the firm had misled investors."])
        #expect(office.contains { $0.name == "New York State" && $0.kind == .place })
    }

    @Test func aSmallTownsOtherSpellingIsNotThatTownInNewsOfElsewhere() {
        // `Soham` is one of the gazetteer's spellings of Shoham, a town in Israel; another name, not the
        // same one written with an article or a letter doubled.
        let abroad = entities(["Police in Soham said a man from London had been arrested."])
        #expect(abroad.contains { $0.name == "Soham" && $0.kind == .place })
        #expect(!abroad.contains { $0.name == "Shoham" })
        let home = entities(["Police in Soham, in central Israel, said a man had been arrested."])
        #expect(home.contains { $0.name == "Shoham" && $0.kind == .place })
        // Nothing else placed: no sign the town is far.
        #expect(entities(["Police in Soham said a man had been arrested."]).contains { $0.name == "Shoham" })
    }

    @Test func aSmallTownWrittenWithoutItsArticleOrWithOneLetterIsThatTown() {
        // `Qusayr` for `Al Qusayr`, `Affula` for `Afula`: one name, in news of elsewhere too.
        let strike = entities(["Jets struck Qusayr on Friday, killing 4 fighters, officials in London said."])
        #expect(strike.contains { $0.name == "Al Qusayr" && $0.kind == .place })
        let dateline = entities(["AFFULA, Israel (Reuters) - Police arrested two men on Monday, a spokesman said."])
        #expect(dateline.contains { $0.name == "Afula" && $0.kind == .place })
        #expect(!dateline.contains { $0.kind == .organization && $0.name.uppercased() == "AFFULA" })
    }

    @Test func theGazetteerLocatesAnOtherSpellingOnlyOfBigPlacesOrOfTheSameSpelling() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.place(named: "Soham")?.name == "Shoham")
        #expect(gazetteer.place(locatedBy: "Soham") == nil)
        #expect(gazetteer.place(locatedBy: "Shoham")?.name == "Shoham")
        #expect(gazetteer.place(locatedBy: "Affula")?.name == "Afula")
        #expect(gazetteer.place(locatedBy: "Agrinio")?.name == "Agrínio")
        #expect(EntityResolver.spellsAlike("Sanaa", "Sana'a"))
        #expect(EntityResolver.spellsAlike("Tabqa", "Al-Tabqa"))
        #expect(!EntityResolver.spellsAlike("Soham", "Shoham"))
    }
}
