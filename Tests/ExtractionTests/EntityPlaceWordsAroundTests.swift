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

    @Test func aBodysLostPossessiveAfterWestOfIsNoPlace() {
        let found = entities(["Strikes hit a village west of Vesskars de facto capital on Monday."])
        #expect(!found.contains { $0.name == "Vesskars" && $0.kind == .place })
    }

    @Test func aNameAfterAnAdjectiveBeforeAreaIsNoPlace() {
        let found = entities(["The hotel has a gym, a cafe and an outdoor Vesselo area for guests."])
        #expect(!found.contains { $0.name == "Vesselo" && $0.kind == .place })
    }

    @Test func aOneWordNameBeforeAreaAfterInIsAPlace() {
        let found = entities(["Shells fell in the Vesk area overnight."])
        #expect(found.contains { $0.name == "Vesk" && $0.kind == .place })
    }

    @Test func aOneWordNameBeforeAreaAfterNoPlaceWordIsNoPlace() {
        // A side's penalty area: `of` before `the` is neither a place preposition nor a strike verb.
        let found = entities(["Tarnwick United led early. Joe Hale scrambled the ball clear of the Tarnwick area."])
        #expect(found.contains { $0.name == "Joe Hale" && $0.kind == .person })
        #expect(!found.contains { $0.name == "Tarnwick" && $0.kind == .place })
    }

    @Test func aRunOfFourWordsAfterEastOfIsNoPlace() {
        let found = entities(["Jets struck villages east of Vesk Tarn Roa Kelmo and Karmun, Ann Roe told reporters."])
        #expect(found.contains { $0.name == "Ann Roe" && $0.kind == .person })
        #expect(!found.contains { $0.name == "Vesk Tarn Roa Kelmo" && $0.kind == .place })
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

    @Test func aCapitalisedWestOfOpensARegionsName() {
        // `the West of Dornholm` stays one name (the direction-phrase split keeps it whole after `the`), so
        // `Dornholm` alone never takes the compass cue.
        let found = entities(["Kelvar lies in the West of Dornholm region, Ann Roe said."])
        #expect(found.contains { $0.name == "Ann Roe" && $0.kind == .person })
        #expect(!found.contains { $0.name == "Dornholm" && $0.kind == .place })
    }
}
