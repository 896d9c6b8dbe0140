import ArticleModel
import Testing

@testable import Extraction

/// Organisations told by their shape on text the rules were not written on: parties named with words
/// that also make roles, names listed with a named organisation, papers that open a sentence, pollsters.
@Suite struct EntityOrganizationShapeTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        entities(paragraphs).first { $0.name == name }?.kind
    }

    @Test func aPartyOfRoleWordsIsAnOrganisation() {
        #expect(kind("Labour Party", in: ["Mira Tallis joined the Labour Party in May."]) == .organization)
    }

    @Test func aRoleOverAPortfolioNamesNobody() {
        let found = entities([
            "She served as the Director of Media and Communications of a tennis event.",
            "He was appointed Head of Operations for the club last year.",
        ])
        let roles = ["Director of Media", "Operations", "Media", "Head of Operations"]
        #expect(!found.contains { roles.contains($0.name) })
    }

    @Test func aTitleBeforeAPersonStillNamesThePerson() {
        #expect(kind("Ruth Okonjo", in: ["Director Ruth Okonjo opened the hall on Friday."]) == .person)
    }

    @Test func anUnknownNameListedWithNamedOrganisationsIsOne() {
        let sentence = "The story was picked up by search engines including Google, Quorrel, and Yahoo."
        #expect(kind("Quorrel", in: [sentence]) == .organization)
        #expect(
            kind("Vantrix", in: ["Stalls from Microsoft, Vantrix and Sony drew crowds at the fair."]) == .organization)
    }

    @Test func anUnknownNameModifyingANounIsNotListed() {
        let found = entities(["MPs on the Office of the Deputy Mayor and Civic Works select committees met."])
        #expect(found.first { $0.name == "Civic Works" }?.kind != .organization)
    }

    @Test func anUnknownNameListedWithPeopleIsNoOrganisation() {
        let found = entities(["Fans cheered for Mark Tobin, Orvelle and Sarah Quist at the fair."])
        #expect(found.first { $0.name == "Orvelle" }?.kind != .organization)
    }

    @Test func aCapitalisedWordReportingAfterTheOpeningTheIsAPaper() {
        #expect(kind("Star", in: ["The Star reported the find a week later."]) == .organization)
        #expect(kind("Sentinel", in: ["The Sentinel cited three examples of delays."]) == .organization)
    }

    @Test func aCapitalisedWordOpeningASentenceWithoutReportingIsNoPaper() {
        #expect(kind("Star", in: ["The Star arrived late with the parcels."]) == nil)
    }

    @Test func aNameBeforePollIsAPollster() {
        #expect(kind("Brandvik", in: ["The latest Brandvik poll placed him third."]) == .organization)
    }
}

extension EntityOrganizationShapeTests {
    @Test func commonWordsUnderAHeadAfterAAreADescription() {
        let found = entities([
            "We are run as a Hybrid Organization, a firm with a mission.",
            "He was picked for a unique Flight Training Program called Skyward.",
        ])
        #expect(!found.contains { $0.name == "Hybrid Organization" || $0.name.hasSuffix("Training Program") })
    }

    @Test func aNameUnderAHeadAfterTheStaysAName() {
        #expect(kind("Hybrid Organization", in: ["Staff of the Hybrid Organization said it would close."]) != nil)
        #expect(kind("Labour Party", in: ["He became a Labour Party member in May."]) == .organization)
        #expect(kind("Harbour Party", in: ["She warned of a Harbour Party taking power."]) == .organization)
        #expect(kind("Civic Commission", in: ["They challenged a Civic Commission ruling."]) == .organization)
    }
}

extension EntityOrganizationShapeTests {
    @Test func aWordWrittenLowercaseElsewhereStaysBeforeALoneHead() {
        let found = entities([
            "Parents protested despite the objections of the Reformed Church.",
            "The pupils of a reformed school in Vellbrook were sent home.",
        ])
        #expect(found.first { $0.name == "Reformed Church" }?.kind == .organization)
    }
}

/// Banks, airlines, broadcasters and papers named with the word that opens them (`Banque …`, `Air …`,
/// `Radio …`, `Daily …`): organisations, however people-like the word after it.
@Suite struct EntityCompanyFirstWordTests {
    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities.first { $0.name == name }?.kind
    }

    @Test func aBankNamedWithItsWordFirstIsAnOrganisation() {
        let text = ["The state will sell its stakes in Banque Orvel and Banco Ribeira, Tomas Lind said."]
        #expect(kind("Banque Orvel", in: text) == .organization)
        #expect(kind("Banco Ribeira", in: text) == .organization)
        #expect(kind("Tomas Lind", in: text) == .person)
    }

    @Test func anAirlineOrBroadcasterNamedWithItsWordFirstIsAnOrganisation() {
        let text = [
            "Air Velmora said it would add flights to the coast.",
            "The coach told Radio Kestrel he would stay, and the Daily Pemberton ran the story.",
        ]
        #expect(kind("Air Velmora", in: text) == .organization)
        #expect(kind("Radio Kestrel", in: text) == .organization)
        #expect(kind("Daily Pemberton", in: text) == .organization)
    }

    @Test func anAirForceTitleStillNamesThePerson() {
        let text = ["Air Marshal Tobias Renner said the jets were ready."]
        #expect(kind("Tobias Renner", in: text) == .person)
    }
}

/// `Friends of the Earth`, `Knights of the Iron Crown`: a body's plural head, `of the` and the rest is one
/// organisation's name, not its last word alone.
@Suite struct EntityOrganizationOfTheTests {
    @Test func aBodysHeadThenOfTheIsOneName() {
        let article = Article(
            title: "Report",
            paragraphs: [Paragraph(kind: .body, text: "A spokesman for Friends of the Earth said the plan was weak.")])
        let found = TestData.extractor.extract(from: article).entities
        #expect(found.contains { $0.name == "Friends of the Earth" && $0.kind == .organization })
        #expect(!found.contains { $0.name == "Earth" })
    }
}

/// Football clubs named with a club's first word (`AC …`, `Real …`, `Sporting …`) or last word (`… United`,
/// `… Utd`, `… Rovers`, `… Wanderers`): organisations, however people-like the other word.
@Suite struct EntityClubWordTests {
    func kind(_ name: String, in paragraphs: [String]) -> ExtractedEntity.Kind? {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities.first { $0.name == name }?.kind
    }

    @Test func aClubNamedWithItsFirstWordIsAnOrganisation() {
        let text = [
            "Tomas Lind joined AC Morven on loan after Real Kessler let him go, and Sporting Tarvel wanted him too."
        ]
        #expect(kind("AC Morven", in: text) == .organization)
        #expect(kind("Real Kessler", in: text) == .organization)
        #expect(kind("Sporting Tarvel", in: text) == .organization)
        #expect(kind("Tomas Lind", in: text) == .person)
    }

    @Test func aClubNamedWithItsLastWordIsAnOrganisation() {
        let text = [
            "Halloran United beat Dexter Rovers, while Pemberton Wanderers and Bram Utd drew.",
            "Kessler Park Rangers lost again.",
        ]
        #expect(kind("Halloran United", in: text) == .organization)
        #expect(kind("Dexter Rovers", in: text) == .organization)
        #expect(kind("Pemberton Wanderers", in: text) == .organization)
        #expect(kind("Bram Utd", in: text) == .organization)
        #expect(kind("Kessler Park Rangers", in: text) == .organization)
    }
}

/// Competitions named by their last word (`… Slam`, `… Bowl`, `… Sevens`) are events: no person, place or
/// organisation.
@Suite struct EntityCompetitionHeadTests {
    @Test func aCompetitionNamedByItsLastWordIsNoEntity() {
        let text = [
            "Tomas Lind said his side could still win the Grand Slam.",
            "The Harbour Bowl and the Vesk Sevens drew big crowds, Mara Quell said.",
        ]
        let article = Article(title: "Report", paragraphs: text.map { Paragraph(kind: .body, text: $0) })
        let names = Set(TestData.extractor.extract(from: article).entities.map(\.name))
        #expect(!names.contains("Grand Slam"))
        #expect(!names.contains("Harbour Bowl"))
        #expect(!names.contains("Vesk Sevens"))
        #expect(names.contains("Tomas Lind"))
        #expect(names.contains("Mara Quell"))
    }
}
