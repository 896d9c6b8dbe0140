import ArticleModel
import Testing

@testable import Extraction

/// `King Abdullah of Jordan`: a monarch's title, one name and the realm are a person and a place.
@Suite struct EntityRoyalTitleTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aMonarchOfAKnownCountryIsAPersonAndAPlace() {
        let found = entities(["The minister met King Tomas of Jordan at the palace on Monday."])
        #expect(entity(found, "Tomas")?.kind == .person)
        #expect(entity(found, "Jordan")?.kind == .place)
        #expect(!found.contains { $0.name.contains(" of ") })
    }

    @Test func aPrinceOfAnUnknownRealmIsAPersonAndAPlace() {
        let found = entities(["Prince Harald of Norland visited the school with his wife."])
        #expect(entity(found, "Harald")?.kind == .person)
        #expect(entity(found, "Norland")?.kind == .place)
    }

    @Test func aTitleOfABodyStaysOneName() {
        let found = entities(["The Joint Chiefs of Staff met to discuss the deployment on Friday."])
        #expect(entity(found, "Joint Chiefs of Staff")?.kind == .organization)
    }
}

/// `Grand Slam`, `Prime Suspect`: a word that only opens a longer title (`Grand Ayatollah`, `Prime
/// Minister`) leaves no person when no title word follows it.
@Suite struct EntityTitleOpenerTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aTitleOpenerBeforeACommonWordNamesNobody() {
        let found = entities([
            "The team lost its Grand Slam hopes in the rain, and the Prime Suspect box set sold out."
        ])
        #expect(!found.contains { $0.kind == .person }, "\(found.map { ($0.name, $0.kind) })")
    }

    @Test func aFullTitleStillNamesThePerson() {
        let found = entities(["Grand Ayatollah Hadi Rostami met Crown Prince Idris on Sunday."])
        #expect(found.contains { $0.name == "Hadi Rostami" && $0.kind == .person })
        #expect(found.contains { $0.name == "Idris" && $0.kind == .person })
    }
}
