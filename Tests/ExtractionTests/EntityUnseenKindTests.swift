import ArticleModel
import Testing

@testable import Extraction

/// Kinds of names met on news the rules were not written on: products and their abbreviations, firms
/// named like people, rooms, adjectives made of a name (sentences written for these tests).
@Suite struct EntityUnseenKindTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        entities(paragraphs).first { $0.name == name }?.kind
    }

    @Test func abbreviationsOfCarPartsAndSocketsAreNoOrganisations() {
        let found = entities([
            "The new Corvella GTX offers AWD and a 12-inch HMI screen, with two USB-C ports in the back.",
            "In RWD form the base trim costs less, and the HVAC controls sit below the display.",
        ])
        #expect(found.isEmpty, "\(found.map(\.name))")
    }

    @Test func anUnknownAbbreviationBeforeAProductNounIsTheProducts() {
        #expect(kind("QX", in: ["The QX engine makes 300 horsepower in the sport version."]) == nil)
        // Before another noun it still names an organisation.
        #expect(kind("KPRC", in: ["The KPRC office in the city was closed on Monday."]) == .organization)
    }

    @Test func aModelNameBeforeTheKindOfProductItIs() {
        let found = entities([
            "Dealers said the Marlow Atlas Sport SUV sold well. The Marlow Atlas Sport drew praise from buyers."
        ])
        #expect(!found.contains { $0.name.contains("Atlas") }, "\(found.map(\.name))")
    }

    @Test func firmsNamedLikePeopleByBusinessWords() {
        #expect(
            kind("Tabor Fenwick", in: ["\"Demand is soft,\" said Lena Ruiz, an analyst at Tabor Fenwick."])
                == .organization)
        #expect(
            kind("Carrow Dunmore", in: ["Ivo Brandt, chief economist with Carrow Dunmore, expects a cut."])
                == .organization)
        #expect(kind("Holloway Asset Management", in: ["Holloway Asset Management bought the stake."]) == .organization)
        let research = entities(["Figures from Brinwood Research showed a fall.", "Brinwood said prices would rise."])
        #expect(research.filter { $0.name.hasPrefix("Brinwood") }.map(\.kind) == [.organization])
        #expect(
            kind("Brinley Beauty", in: ["Shares of Brinley Beauty fell 4% after the warning."]) == .organization)
        #expect(
            kind("Vossberg", in: ["Ruth Okafor, Vossberg's chief executive, said sales were weak."])
                == .organization)
    }

    @Test func aFieldOrADepartmentIsNoFirm() {
        let found = entities([
            "The files carry Digital Rights Management, and she was named Head of Research last year."
        ])
        #expect(!found.contains { $0.kind == .organization }, "\(found.map(\.name))")
        #expect(kind("Velden Hart", in: ["\"Oil is cheap,\" said a trader at Velden Hart."]) == .organization)
    }

    @Test func aPersonBeforeHisCompanyIsStillAPerson() {
        #expect(kind("Daniel Morrow", in: ["Daniel Morrow's company makes boats in the north."]) == .person)
        // An economist at a university's town leaves the town a place.
        #expect(kind("Oxford", in: ["Nobody expected it, said an economist at Oxford."]) == .place)
    }

    @Test func aNamedRoomIsAPlaceNotAnOrganisation() {
        #expect(kind("Oval Office", in: ["The two leaders met in the Oval Office on Friday."]) == .place)
        #expect(kind("Situation Room", in: ["Aides gathered in the Situation Room overnight."]) == .place)
    }

    @Test func adjectivesOfSupportOrOppositionNameNobody() {
        #expect(entities(["Pro-Morales fighters held the bridge for a week."]).isEmpty)
        #expect(entities(["Anti-Varga protesters marched on Sunday."]).isEmpty)
        #expect(kind("Pro-Life Alliance", in: ["The Pro-Life Alliance welcomed the vote."]) == .organization)
        #expect(kind("Mid-Glamorgan", in: ["She grew up in Mid-Glamorgan and moved away."]) != .person)
    }

    @Test func tournamentsInThePluralAreNoPeople() {
        let found = entities(["He reached the semi-finals at the French and US Opens last year."])
        #expect(!found.contains { $0.name.contains("Opens") }, "\(found.map(\.name))")
    }
}
