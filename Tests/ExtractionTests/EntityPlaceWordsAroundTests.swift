import ArticleModel
import Testing

@testable import Extraction

/// Words around a name that say it is a place: `area` after it (`the Kel Tarn area`), a point of the compass
/// and `of` before it (`east of Dornholm`).
@Suite struct EntityPlaceWordsAroundTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aNameBeforeAreaIsAPlace() {
        let found = entities(["Shelling hit the Marrow Vessa area on Monday, killing two farmers."])
        #expect(found.contains { $0.name == "Marrow Vessa" && $0.kind == .place })
        #expect(!found.contains { $0.name == "Marrow Vessa" && $0.kind == .person })
    }

    @Test func aNameBeforeAreaAfterAVerbIsAPlace() {
        let found = entities(["Troops chased the gunmen who fled Kel Tarnab area after the raid."])
        #expect(found.contains { $0.name == "Kel Tarnab" && $0.kind == .place })
    }

    @Test func aTownsAdjectiveBeforeSuburbIsNoPlace() {
        let found = entities(["Jets struck a Dornholman suburb town on Saturday."])
        #expect(!found.contains { $0.name == "Dornholman" && $0.kind == .place })
    }

    @Test func aBodysLostPossessiveAfterWestOfIsNoPlace() {
        let found = entities(["Strikes hit a village west of Vesskars de facto capital on Monday."])
        #expect(!found.contains { $0.name == "Vesskars" && $0.kind == .place })
    }

    @Test func aNameAfterAnAdjectiveBeforeAreaIsNoPlace() {
        let found = entities(["The hotel has a gym, a cafe and an outdoor Vesselo area for guests."])
        #expect(!found.contains { $0.name == "Vesselo" && $0.kind == .place })
    }

    @Test func aSidesPenaltyAreaIsNoPlace() {
        let found = entities([
            "Kelvar Rovers drew with Tarnwick United. Ann Roe crossed from the edge of the Tarnwick area and Joe Hale scored."
        ])
        #expect(!found.contains { $0.name == "Tarnwick" && $0.kind == .place })
    }

    @Test func aQuarterFinalIsNoQuarterOfAPlace() {
        let found = entities(["Ann Roe lost her Vessaby quarter-final to Joe Hale on Friday."])
        #expect(!found.contains { $0.name == "Vessaby" && $0.kind == .place })
    }

    @Test func aYearsQuarterIsNoPlace() {
        let found = entities(["Sales at Ann Roe's firm rose in the April-to-June quarter, she said."])
        #expect(!found.contains { $0.name.contains("April") })
    }

    @Test func aNameAfterEastOfIsAPlace() {
        let found = entities(["Rebels advanced east of Dornholm on Tuesday, a monitor said."])
        #expect(found.contains { $0.name == "Dornholm" && $0.kind == .place })
    }

    @Test func aNameAfterKilometresNorthWestOfIsAPlace() {
        let found = entities(["The raid hit a farm 5 km north-west of Tallet Vessan on Tuesday."])
        #expect(found.contains { $0.name == "Tallet Vessan" && $0.kind == .place })
        #expect(!found.contains { $0.name == "Tallet Vessan" && $0.kind == .person })
    }

    @Test func aCapitalisedWestOfOpensABodysName() {
        let found = entities(["Ann Roe studied at the University of the West of Kelmarsh for three years."])
        #expect(!found.contains { $0.name == "Kelmarsh" && $0.kind == .place })
    }
}
