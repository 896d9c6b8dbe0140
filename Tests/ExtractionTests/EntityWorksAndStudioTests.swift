import ArticleModel
import Testing

@testable import Extraction

/// Dams, rivers and oil fields named before their lowercase noun are places, studios and design houses are
/// firms, a spelled number opening a site's or a firm's name stays in it, and the firms after `a survey by`
/// are organisations.
@Suite struct EntityWorksAndStudioTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aDamAfterAPersonsCueIsAPlace() {
        let found = entities(["The builder said work on its sister Varlodu dam had stopped."])
        #expect(entity(found, "Varlodu")?.kind == .place)
    }

    @Test func oilFieldsAndTheirPairAreplaces() {
        let found = entities([
            "The firm raised targets for its Mendala and Oshwari fields in the north.",
            "Its Tervani field, thought to hold a billion barrels, is its biggest find.",
        ])
        #expect(entity(found, "Mendala")?.kind == .place)
        #expect(entity(found, "Oshwari")?.kind == .place)
        #expect(entity(found, "Tervani")?.kind == .place)
    }

    @Test func aFieldBeforeANounOrAfterACommonWordNamesNoPlace() {
        let found = entities(["The Republican field is crowded, and Dr Ann Keller ran a field hospital."])
        #expect(entity(found, "Republican")?.kind != .place)
        #expect(entity(found, "Ann Keller")?.kind == .person)
    }

    @Test func studiosAndDesignHousesAreFirms() {
        let found = entities(["The hall was fitted out by Halloway Studio and Marlin Design, with Tessaro Architects."])
        #expect(entity(found, "Halloway Studio")?.kind == .organization)
        #expect(entity(found, "Marlin Design")?.kind == .organization)
        #expect(entity(found, "Tessaro Architects")?.kind == .organization)
    }

    @Test func aSpelledNumberOpeningAFirmsOrASitesNameStaysInIt() {
        let found = entities([
            "The Twin Peaks Corporation said the Twin Peaks Underground Power Plant would open in May."
        ])
        #expect(entity(found, "Twin Peaks Corporation")?.kind == .organization)
        #expect(entity(found, "Twin Peaks Underground Power Plant")?.kind == .place)
        #expect(entity(found, "Peaks Corporation") == nil)
    }

    @Test func theFirmsBehindASurveyAreOrganisations() {
        let found = entities(["A recent survey by Corvex and Plimsoll found that most users were worried."])
        #expect(entity(found, "Corvex")?.kind == .organization)
        #expect(entity(found, "Plimsoll")?.kind == .organization)
    }

    @Test func theLandsInsideAGroupsSpelledOutNameAreNoPlaces() {
        let found = entities([
            "Fighters of the so-called Islamic State in Iraq and the Levant shelled the town of Tarvan.",
            "Members of the Islamic State of Iraq and Sham (ISIS) left on Monday.",
        ])
        #expect(entity(found, "Iraq") == nil)
        #expect(entity(found, "Levant") == nil)
        #expect(entity(found, "Sham") == nil)
        #expect(entity(found, "Tarvan")?.kind == .place)
    }

    @Test func countriesAfterAGroupsNameWithNoFrameStayPlaces() {
        let found = entities(["Aircraft struck Islamic State in Iraq and Syria, officials said."])
        #expect(entity(found, "Iraq")?.kind == .place)
        #expect(entity(found, "Syria")?.kind == .place)
    }

    @Test func aGivenNameSpeltLikeThePronounEndsAPersonsName() {
        let found = entities([
            "The deal was signed at a meeting with Zhou He, Vesk's top trade negotiator.",
            "Officials later met Zhou He.",
        ])
        #expect(entity(found, "Zhou He")?.kind == .person)
    }

    @Test func thePronounAfterANameWithALostFullStopOpensASentence() {
        let found = entities(["The talks ended with Zhou Tamsin He said nothing after that."])
        #expect(entity(found, "Zhou Tamsin He") == nil)
    }
}
