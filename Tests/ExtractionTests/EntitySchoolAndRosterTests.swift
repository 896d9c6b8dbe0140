import ArticleModel
import Testing

@testable import Extraction

/// Schools are organisations; a position's letters on a roster, a lawmaker's party designator and a
/// bracketed first name are no part of a name.
@Suite struct EntitySchoolAndRosterTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        entities(paragraphs).first { $0.name == name }?.kind
    }

    @Test func schoolsByTheirHeadsAreOrganisations() {
        #expect(kind("Brenmoor High School", in: ["Brenmoor High School closed early on Friday."]) == .organization)
        let two = entities(["Pupils at Ashcombe Elementary and Fenwick Academy stayed home."])
        #expect(two.first { $0.name == "Ashcombe Elementary" }?.kind == .organization)
        #expect(two.first { $0.name == "Fenwick Academy" }?.kind == .organization)
    }

    @Test func aSchoolDistrictIsTheBodyNotAPlace() {
        let found = entities(["The Marden Valley School District said classes would resume."])
        #expect(found.first { $0.name == "Marden Valley School District" }?.kind == .organization)
        #expect(!found.contains { $0.kind == .place })
    }

    @Test func aPartyAdjectiveBeforeATitleIsPartOfTheRole() {
        let alone = entities(["The Republican Sen. told reporters he would vote no."])
        #expect(!alone.contains { $0.name.contains("Sen") })
        let before = entities(["Oregon Democratic Gov. Lisa Farrow vetoed the bill on Friday."])
        #expect(before.first { $0.name == "Lisa Farrow" }?.kind == .person)
        #expect(!before.contains { $0.name.contains("Democratic") })
    }

    @Test func aNameBeforeSchoolsIsTheirs() {
        #expect(kind("Cold Ridge", in: ["Buses for the Cold Ridge schools were cancelled."]) == .organization)
        // A kind of school, not one named.
        #expect(kind("Evangelical Lutheran", in: ["About 40 Evangelical Lutheran schools opened."]) != .organization)
    }

    @Test func aPositionLetterOnARosterIsNoPartOfTheName() {
        let found = entities(["The starters were G Maria Vantrell, F Oscar Pellwick and C Sarah Brackley."])
        #expect(found.first { $0.name == "Maria Vantrell" }?.kind == .person)
        #expect(found.first { $0.name == "Oscar Pellwick" }?.kind == .person)
        #expect(!found.contains { $0.name.hasPrefix("G ") || $0.name.hasPrefix("F ") })
    }

    @Test func aPartyDesignatorSaysAPersonAndIsNoName() {
        let found = entities(["Rep. Dana Whitlow (R-TX) voted against the bill on Tuesday."])
        #expect(found.first { $0.name == "Dana Whitlow" }?.kind == .person)
        #expect(!found.contains { $0.name.contains("R-TX") || $0.aliases.contains("R-TX") })
    }

    @Test func aBracketedGivenNameJoinsTheSurname() {
        let found = entities(["Coach (Karen) Marsh said the players had earned the win."])
        #expect(found.first { $0.name == "Karen Marsh" }?.kind == .person)
        #expect(!found.contains { $0.name == "Karen" || $0.name == "Marsh" })
    }

    @Test func playAbbreviationsBeforeNounsAreNoNames() {
        #expect(!entities(["He added two TD runs in the second half."]).contains { $0.name == "TD" })
    }

    @Test func aPartyLetterBeforeNoStateIsNoDesignator() {
        for text in ["(I-PAC)", "(D-Day)", "(I-League)"] {
            let tokens = Tokenizer().tokens(in: text)
            #expect(!EntityExtractor.holdsPartyDesignator(after: 0, in: tokens), "\(text)")
        }
        for text in ["(R-TX)", "(D-Ore.)", "(D-N.Y.)", "(R-Texas)"] {
            let tokens = Tokenizer().tokens(in: text)
            #expect(EntityExtractor.holdsPartyDesignator(after: 0, in: tokens), "\(text)")
        }
    }

    @Test func aLetterBeforeANameOutsideARosterIsAnInitialOrAPrefix() {
        let writer = entities(["Critics still argue over what F Scott Fitzgerald meant by the ending."])
        #expect(!writer.contains { $0.name == "Scott Fitzgerald" }, "\(writer.map(\.name))")
        let ship = entities(["Forty years ago the SS Edmund Fitzgerald sank in a storm."])
        // (The letters stay with the name: `SS` is no position.)
        #expect(!ship.contains { $0.name == "Edmund Fitzgerald" }, "\(ship.map { "\($0.name) \($0.kind)" })")
        let scored = entities(["G Maria Vantrell 14 led the visitors."])
        #expect(scored.first { $0.name == "Maria Vantrell" }?.kind == .person)
    }

    @Test func aBracketedGivenNamesMentionIsTheWrittenSurname() {
        let texts = ["Report", "Coach (Karen) Marsh said the players had earned the win."]
        let found = entities(Array(texts.dropFirst()))
        let person = found.first { $0.name == "Karen Marsh" }
        #expect(person?.mentions.map { words(of: $0, in: texts) } == ["Marsh"])
    }
}
