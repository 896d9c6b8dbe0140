import ArticleModel
import Testing

@testable import Extraction

/// Kinds from the words around a name: towns by what is said of them, companies by business words,
/// people by a given name before a place head, organisations by a centre's purpose.
@Suite struct EntityKindCueTests {
    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities.first { $0.name == name }?.kind
    }

    @Test func townsByWhatIsSaidOfThem() {
        #expect(kind("Tell Sabboun", in: ["Aid reached the besieged Tell Sabboun on Monday."]) == .place)
        #expect(kind("Qarmoun", in: ["Residents said the residents of Qarmoun had fled by morning."]) == .place)
        #expect(
            kind("Ostravel", in: ["Food ran short in the towns of Ostravel and Birkat, the monitor said."]) == .place)
        #expect(kind("Birkat", in: ["Food ran short in the towns of Ostravel and Birkat, the monitor said."]) == .place)
        #expect(kind("Velmora", in: ["Prices were firm, one dealer in Velmora said on Monday."]) == .place)
    }

    @Test func companiesByBusinessWords() {
        #expect(
            kind("Hollister", in: ["Traders sold shares of Hollister after the warning on Monday."]) == .organization)
        #expect(
            kind("Brantwell", in: ["Analysts said Brantwell's shares fell sharply in early trade."]) == .organization)
        #expect(kind("Veldbank", in: ["A trader at Veldbank said rates would hold."]) == .organization)
    }

    @Test func aGivenNameBeforeAPlaceHeadThatIsASurname() {
        #expect(kind("Anthony Lake", in: ["Anthony Lake spoke to reporters after the meeting."]) == .person)
        #expect(kind("Lake Merrow", in: ["Boats returned to Lake Merrow after the storm."]) == .place)
    }

    @Test func aNameOpeningASentenceBeforeAPluralVerbIsAnOrganisation() {
        #expect(
            kind("Silver Kettle", in: ["Silver Kettle have denied breaking the contract with the singer."])
                == .organization)
        // A list before the name makes the plural: no kind from it.
        #expect(
            kind("Marta Lindqvist", in: ["Jon Brekke from the Centre Party and Marta Lindqvist were elected."])
                == .person)
    }

    @Test func commonWordsCapitalisedTwiceInsideSentencesStayOneName() {
        let paragraphs = [
            "Silver Kettle have denied blocking her concerts, a big blow for her and a silver lining for rivals.",
            "She accused Silver Kettle of blocking a film.",
            "The label that owns her early songs, Silver Kettle, says she may sing them.",
        ]
        #expect(kind("Silver Kettle", in: paragraphs) == .organization)
        // A known place after a common word is no part of one name.
        let known = [
            "Fighters joined the Operation to Liberate Basra early.", "A film on the Operation to Liberate Basra aired.",
            "They liberate towns.",
        ]
        #expect(kind("Basra", in: known) == .place)
        #expect(kind("Liberate Basra", in: known) == nil)
    }

    @Test func looseKeysIgnoreArabicArticlesInsideNames() {
        #expect(EntityResolver.looseKey("Bashar al-Assad") == EntityResolver.looseKey("Bashar Assad"))
        #expect(EntityResolver.looseKey("Hayat el-Amin") == EntityResolver.looseKey("Hayat Amin"))
        #expect(EntityResolver.looseKey("Al Raqqa") == EntityResolver.looseKey("Raqa"))
        #expect(EntityResolver.looseKey("Salma Alami") != EntityResolver.looseKey("Salma Ami"))
    }

    @Test func aCentreForMediaOrResearchIsAnOrganisation() {
        #expect(
            kind("Qarmoun Media Center", in: ["The Qarmoun Media Center reported heavy shelling."]) == .organization)
        #expect(kind("Halvard Research Centre", in: ["Staff of the Halvard Research Centre said so."]) == .organization)
    }

    @Test func playersScoresInAListAreNoVersions() {
        let article = Article(
            title: "Cricket",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "Scores: Northshire 212 for eight ( Paul Denton 71 , Simon Hale 44 ; Rajiv Menon 3-51 ).")
            ])
        let names = TestData.extractor.extract(from: article).entities.filter { $0.kind == .person }.map(\.name)
        #expect(names.contains("Paul Denton"))
        #expect(names.contains("Simon Hale"))
        #expect(names.contains("Rajiv Menon"))
    }
}
