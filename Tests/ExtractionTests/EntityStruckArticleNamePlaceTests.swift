import ArticleModel
import Testing

@testable import Extraction

/// Words with a joined Arabic article (`al-Tessa`), a family's name as often as a town's, named as places by
/// what strikes them or by the place nouns around them: `the road between al-Tessa and al-Qoor`, `rocket fire
/// on al-Tessa`, `on al-Tessa area`; not the first of a list (a figure's site would be one place of two).
@Suite struct EntityStruckArticleNamePlaceTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func kinds(_ found: [ExtractedEntity]) -> [String] { found.map { "\($0.name) \($0.kind)" } }

    func kind(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity.Kind? {
        found.first { $0.name == name }?.kind
    }

    // MARK: - The two ends of a stretch

    @Test func theEndsOfARoadBetweenTwoNamesArePlaces() {
        let found = entities(["The convoy stalled on the road between al-Dorvan and al-Selvar for an hour."])
        for name in ["al-Dorvan", "al-Selvar"] {
            #expect(kind(found, name) == .place, "\(name): \(kinds(found))")
        }
    }

    @Test func talksBetweenTwoNamesNameNoPlaces() {
        let found = entities(["Talks between al-Dorvan and al-Selvar broke down after a week, the mediator said."])
        #expect(!found.contains { $0.kind == .place }, "\(kinds(found))")
    }

    // MARK: - One name

    @Test func aNameAfterAnAttackOnIsThePlaceHit() {
        let found = entities(["A mortar attack on al-Orvin wounded four children, the local council said."])
        #expect(kind(found, "al-Orvin") == .place, "\(kinds(found))")
    }

    @Test func aNameOpeningAListAfterAnAttackOnIsLeftAlone() {
        let found = entities(["A mortar attack on al-Orvin and Kelvar wounded four children, the council said."])
        #expect(kind(found, "al-Orvin") != .place, "\(kinds(found))")
    }

    @Test func aNameBeforeAPossessiveAfterAnAttackOnIsNoPlace() {
        let found = entities(["The attack on al-Orvin's convoy was condemned by the local council."])
        #expect(kind(found, "al-Orvin") != .place, "\(kinds(found))")
    }

    @Test func aNameAfterCalledOnIsNoPlace() {
        let found = entities(["The council called on al-Orvin to step down before the vote."])
        #expect(kind(found, "al-Orvin") != .place, "\(kinds(found))")
    }

    // MARK: - A person's surname

    /// Raids and strikes target people too: `the raid on al-Dorvan` after `Commander Tarvo al-Dorvan` is the
    /// person's surname (the resolver joins a one-word name to the person whose surname it is).
    @Test func aStruckNameThatIsAPersonsSurnameJoinsThePerson() throws {
        let found = entities(["Commander Tarvo al-Dorvan survived. The raid on al-Dorvan was the third this year."])
        let person = try #require(found.first { $0.name == "Tarvo al-Dorvan" }, "\(kinds(found))")
        #expect(person.kind == .person)
        #expect(person.aliases.contains("al-Dorvan"), "\(person.aliases)")
        #expect(!found.contains { $0.kind == .place }, "\(kinds(found))")
    }

    /// The joined article written in the other case (`Tarvo Al-Dorvan`, `the raid on al-Dorvan`; `Tarvo
    /// al-Dorvan`, `the raid on Al-Dorvan`) is still the person's surname.
    @Test func aStruckNameThatIsAPersonsSurnameInTheOtherCaseJoinsThePerson() throws {
        let cases = [
            ("Commander Tarvo Al-Dorvan survived. The raid on al-Dorvan was the third this year.", "Tarvo Al-Dorvan"),
            ("Commander Tarvo al-Dorvan survived. The raid on Al-Dorvan was the third this year.", "Tarvo al-Dorvan"),
        ]
        for (text, name) in cases {
            let found = entities([text])
            let person = try #require(found.first { $0.name == name }, "\(kinds(found))")
            #expect(person.kind == .person, "\(text)")
            #expect(!found.contains { $0.kind == .place }, "\(text): \(kinds(found))")
        }
    }

    // MARK: - Before `area`

    @Test func aNameBeforeAreaIsAPlaceAfterAnyWord() {
        let found = entities(["Shells fell on al-Tarvak area before dawn, and residents fled al-Dorna area."])
        for name in ["al-Tarvak", "al-Dorna"] {
            #expect(kind(found, name) == .place, "\(name): \(kinds(found))")
        }
    }

    @Test func aNameBeforeAreaOpeningAListIsLeftAlone() {
        let found = entities(["Shells fell on al-Tarvak area and the Kelvar suburb before dawn, medics said."])
        #expect(kind(found, "al-Tarvak") != .place, "\(kinds(found))")
    }

    @Test func aNameBeforeAreaAfterIntoIsNoPlace() {
        // (A side's penalty area: `cut into the al-Dorna area` in a match report.)
        let found = entities(["The winger cut into the al-Dorna area and shot wide of the post."])
        #expect(kind(found, "al-Dorna") != .place, "\(kinds(found))")
    }

    @Test func aNameWithACapitalArticleBeforeAreaAfterAnyWordIsNoPlace() throws {
        // (A club's name: `the edge of the Al-Tarvan area` in a match report; only a lowercase `al-` counts
        // after any word.)
        let found = entities(["Dorn Vessik carried the ball to the edge of the Al-Tarvan area before the whistle."])
        try #require(found.contains { $0.name == "Dorn Vessik" }, "\(kinds(found))")
        #expect(kind(found, "Al-Tarvan") != .place, "\(kinds(found))")
    }
}
