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

    @Test func companiesWhoseSharesMoveOrThatAreListed() {
        #expect(kind("Dornwick", in: ["Dornwick shares fell 6% after the warning."]) == .organization)
        #expect(
            kind("Pellamy Brothers", in: ["Pellamy Brothers shares closed higher in Frankfurt."]) == .organization)
        #expect(
            kind("Harrock", in: ["In July, Harrock, which is listed on the London exchange, cut jobs."])
                == .organization)
        #expect(kind("Quenby", in: ["Quenby, listed on the Paris bourse, makes pumps."]) == .organization)
        // A person sharing something, a people's market, a person quoting a firm.
        #expect(kind("Peter Welling", in: ["Peter Welling shares his flat with two friends."]) == .person)
        #expect(kind("Japanese", in: ["Japanese shares fell on Monday."]) == .nationality)
        #expect(kind("Aldo Brenn", in: ["Mr Aldo Brenn said its profits would recover."]) == .person)
    }

    @Test func aPlacesOrAPeoplesSharesAndOutputAreAMarketsNotACompanys() {
        #expect(kind("Sydney", in: ["Elsewhere, Sydney shares closed 1% higher on Friday."]) == .place)
        #expect(kind("Quebec", in: ["Later, Quebec said its output would fall."]) == .place)
        #expect(kind("European", in: ["By noon, European shares edged up."]) != .organization)
        // `were`, `had`, `output` say nothing of a market: an unknown name stays unclassed by them.
        #expect(kind("Corbett", in: ["Later, Corbett said its output would fall."]) != .organization)
    }

    @Test func anAbbreviatedRankBeforeAGivenNameIsNoFirm() {
        for sentence in [
            "DS Helen Marsh said the car was found on Monday.", "PC Owen Farley was hurt in the crash.",
            "VP Susan Carter said the plan was fine.",
        ] {
            let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: sentence)])
            let found = TestData.extractor.extract(from: article).entities
            #expect(!found.contains { $0.kind == .organization }, "\(found.map(\.name))")
            #expect(found.contains { $0.kind == .person }, "\(found.map(\.name))")
        }
    }

    @Test func aWordOpeningInLowerCaseIsACompanyWhenKnownOrAfterACompanysWord() {
        #expect(kind("eBay", in: ["Collectors sold the stamps on eBay last year."]) == .organization)
        #expect(kind("zCortex", in: ["Security firm zCortex said the worm spread fast."]) == .organization)
        // Alone, such a word is more often a product's.
        #expect(kind("iWarble", in: ["Fans queued all night for the new iWarble."]) == nil)
    }

    @Test func aGivenNameAndASurnameAfterInArePersons() {
        #expect(kind("Sarah Bellamy", in: ["Voters have lost trust in Sarah Bellamy as leader."]) == .person)
        #expect(kind("Joe Harrow", in: ["The board opened an inquiry into Joe Harrow last week."]) == .person)
        // Without a given name the preposition still says a place.
        #expect(kind("Vell Harbour", in: ["Boats were moored in Vell Harbour overnight."]) == .place)
    }

    @Test func initialsBeforeTwoSurnamesNameAFirm() {
        #expect(kind("KT Varnick Ostley", in: ["KT Varnick Ostley said it would cut 300 jobs."]) == .organization)
        #expect(kind("JB Morgan Ostley", in: ["JB Morgan Ostley said it would cut 300 jobs."]) == .organization)
        // Initials before one surname, or before a given name, are a person's.
        #expect(kind("KT Harlow", in: ["KT Harlow said she would write again."]) == .person)
        // A one-letter word or a place after the initials: a stage name, a firm's branch.
        #expect(kind("TJ Cool K", in: ["TJ Cool K said the tour was off."]) != .organization)
        #expect(kind("MG Rover China", in: ["MG Rover China said talks were off."]) != .organization)
        #expect(kind("Tomas Brennan", in: ["DJ Tomas Brennan played until dawn."]) == .person)
    }

    @Test func companiesThatReportTheirOwnResults() {
        #expect(kind("Carrowby", in: ["Carrowby said its underlying sales rose 4% last year."]) == .organization)
        #expect(kind("Fennick", in: ["Fennick reported a loss for the third year running."]) == .organization)
        #expect(kind("Stellwood", in: ["Stellwood posted pre-tax profits of 40m euros."]) == .organization)
        // A person saying something of a thing, a person reporting a crime.
        #expect(kind("Ivo Marsh", in: ["Ivo Marsh said its findings were wrong."]) == .person)
        #expect(kind("Ivo Marsh", in: ["Ivo Marsh reported a theft to police on Monday."]) == .person)
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
