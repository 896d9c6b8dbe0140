import ArticleModel
import Testing

@testable import Extraction

/// Craft and programmes are no people, places or organisations, even when a small town shares the name;
/// planets and moons are places; a holy site's name is a place; a title before a name stays off it.
@Suite struct EntityCraftAndBodyTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func describe(_ found: [ExtractedEntity]) -> String { "\(found.map { ($0.name, $0.kind) })" }

    @Test func aNameBeforeAKindOfCraftNamesTheCraft() {
        let found = entities([
            "Engineers stacked the Velkar rocket on the pad, and the first Velkar will fly in March.",
            "The agency also chose a Korrin Moss lander for the second trip, Ann Roe said.",
        ])
        #expect(!found.contains { $0.name.contains("Velkar") || $0.name.contains("Korrin") }, "\(describe(found))")
        #expect(found.contains { $0.name == "Ann Roe" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aSmallTownsNameBeforeAKindOfCraftNamesTheCraftEverywhere() {
        // The gazetteer has towns called Orion, Vulcan and Artemis.
        let found = entities([
            "The Orion capsule will ride on the Vulcan rocket next year, and the Artemis programme aims higher.",
            "Orion will carry four astronauts, and Vulcan is cheaper to fly, the agency said in Houston.",
        ])
        #expect(!found.contains { ["Orion", "Vulcan", "Artemis"].contains($0.name) }, "\(describe(found))")
        #expect(found.contains { $0.name == "Houston" && $0.kind == .place }, "\(describe(found))")
    }

    @Test func anAcronymBeforeAProgrammeStaysTheBodys() {
        let found = entities(["The TNX program will block rogue numbers, and TNX said it would start in May."])
        #expect(found.contains { $0.name == "TNX" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aTownTheArticlePlacesStaysAPlace() {
        let found = entities([
            "Farmers in Vulcan said the Vulcan programme for new wells had run out of money."
        ])
        #expect(found.contains { $0.name == "Vulcan" && $0.kind == .place }, "\(describe(found))")
    }

    @Test func planetsAndMoonsArePlaces() {
        let found = entities([
            "The probe left Earth in 2021 to study Jupiter's moons, one of them the moon Europa.",
            "Crews will land on the Moon again before anyone flies to Mars, the agency said.",
        ])
        for body in ["Earth", "Jupiter", "Europa", "Moon", "Mars"] {
            #expect(found.contains { $0.name == body && $0.kind == .place }, "\(body): \(describe(found))")
        }
    }

    @Test func aBodysNameReadOtherwiseIsNoPlace() {
        let found = entities([
            "Venus Williams beat her sister in the final, and President Moon watched from Seoul."
        ])
        #expect(found.contains { $0.name == "Venus Williams" && $0.kind == .person }, "\(describe(found))")
        #expect(!found.contains { $0.name == "Moon" && $0.kind == .place }, "\(describe(found))")
        let company = entities([
            "Mars said its chocolate sales rose by a tenth, Jupiter Research found.",
            "Jupiter also said that Friends of the Earth had asked for less packaging.",
        ])
        #expect(!company.contains { $0.kind == .place }, "\(describe(company))")
    }

    @Test func aBodysNameAfterAPlainPrepositionIsNoPlace() {
        // `from`, `to`, `of`: prepositions of any news; without a word of spaceflight, a company, a player.
        for (sentence, name) in [
            ("A spokesman from Mars said the company would cut prices.", "Mars"),
            ("Serena lost to Venus in three sets on Tuesday.", "Venus"),
            ("He is the chief executive of Titan, the builder said.", "Titan"),
        ] {
            let found = entities([sentence])
            #expect(!found.contains { $0.name == name && $0.kind == .place }, "\(sentence): \(describe(found))")
        }
    }

    @Test func aBodyAfterAPrepositionOfSpaceflightIsAPlace() {
        // A word of spaceflight in the sentence, or a frame about space itself.
        for (sentence, name) in [
            ("The rover landed on Mars after a long cruise.", "Mars"),
            ("A probe sent back pictures from Venus last week.", "Venus"),
            ("Clouds hide the surface of Titan, researchers said.", "Titan"),
            ("Researchers studied the rings of Saturn for a decade.", "Saturn"),
            ("Frost covers the south pole of Mars in winter, researchers said.", "Mars"),
            ("Ice covers Europa, one of Jupiter's 79 moons, researchers said.", "Jupiter"),
            ("Ice covers the moon Europa, researchers said.", "Europa"),
        ] {
            let found = entities([sentence])
            #expect(found.contains { $0.name == name && $0.kind == .place }, "\(sentence): \(describe(found))")
        }
    }

    @Test func earthInAListOfNamesIsNoPlace() {
        // `Earth, Wind and Fire`: a band's or a firm's name of capitalised words joined by commas and `and`.
        let band = entities(["The band Earth, Wind and Fire played in Leeds on Friday."])
        #expect(!band.contains { $0.name == "Earth" && $0.kind == .place }, "\(describe(band))")
        let body = entities([
            "The crew left Earth on Monday. Life on Earth, Ann Roe said, is easier.",
            "The Earth and Mars line up once every two years, the agency said.",
        ])
        #expect(body.contains { $0.name == "Earth" && $0.kind == .place }, "\(describe(body))")
    }

    @Test func aBodyInATitleIsNoPlace() {
        // A capitalised word before the frame word: the three words are a title (`Flight to Mars`).
        let titles = entities(["The store sold Escape from Titan and Flight to Mars, two games, for a week."])
        #expect(!titles.contains { $0.kind == .place }, "\(describe(titles))")
        // Opening a sentence, the capital says nothing.
        let body = entities(["The crew waited. Down on Titan, the lander found lakes of methane."])
        #expect(body.contains { $0.name == "Titan" && $0.kind == .place }, "\(describe(body))")
    }

    @Test func aPlanetIsNoFiguresSite() {
        let article = Article(
            title: "Report",
            paragraphs: [
                Paragraph(kind: .body, text: "Its two lifts are the fastest on Earth, the builder said."),
                Paragraph(kind: .body, text: "The agency hopes to send six people to Mars by 2040."),
            ])
        let extracted = TestData.extractor.extract(from: article)
        #expect(extracted.entities.contains { $0.name == "Earth" && $0.kind == .place })
        let sites = extracted.figures.map { $0.site }
        #expect(!sites.contains("Earth") && !sites.contains("Mars"), "\(sites)")
        #expect(extracted.figures.contains { $0.value == 2 }, "\(extracted.figures.map(\.value))")
    }

    @Test func celestialBodiesAreLoaded() {
        #expect(EntityCelestialBodies.readings["Earth"] == .always)
        #expect(EntityCelestialBodies.readings["Moon"] == .afterThe)
        let bodies = EntityCelestialBodies.bodies(in: "# note\nMars\tframed\nVega\tsometimes\nbad line\n")
        #expect(bodies == ["Mars": .framed])
    }

    @Test func aNameBeforeShrineNamesAPlace() {
        let found = entities(["Pilgrims gathered at the Sayyida Kalthoum shrine after the attack on Friday."])
        #expect(found.contains { $0.name == "Sayyida Kalthoum" && $0.kind == .place }, "\(describe(found))")
    }

    @Test func aNameListedBetweenCompaniesIsACompany() {
        let found = entities([
            "The agency picked Orbix Robotics, Kestrin Dalworth, Tarnaby Aerospace and Velmora Systems.",
            "The panel also heard Orbix Robotics, Ann Roe and Tarnaby Aerospace on Monday.",
        ])
        #expect(found.contains { $0.name == "Kestrin Dalworth" && $0.kind == .organization }, "\(describe(found))")
        #expect(found.contains { $0.name == "Ann Roe" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aPersonListedBetweenCompaniesStaysAPerson() {
        // Two companies on either side are no proof: a list of who met mixes firms and people.
        let found = entities(["Executives from Google, Sundar Pichai and Microsoft met in Leeds."])
        #expect(found.contains { $0.name == "Sundar Pichai" && $0.kind == .person }, "\(describe(found))")
        let cue = entities([
            "The agency picked Orbix Robotics, Kestrin Dalworth, Tarnaby Aerospace and Velmora Systems.",
            "Kestrin Dalworth said he would move to Leeds.",
        ])
        #expect(cue.contains { $0.name == "Kestrin Dalworth" && $0.kind == .person }, "\(describe(cue))")
        // Many companies named around it, a town's name among them: a company.
        let many = entities([
            "The agency chose Orbix Robotics, Dover, Tarnaby Aerospace, Selden Marrow and Velmora Systems."
        ])
        #expect(many.contains { $0.name == "Selden Marrow" && $0.kind == .organization }, "\(describe(many))")
        // The name's first word a common English word, two companies around it.
        let word = entities(["The bank lent to Orbix Robotics, Silver Harrow and Tarnaby Aerospace."])
        #expect(word.contains { $0.name == "Silver Harrow" && $0.kind == .organization }, "\(describe(word))")
        let bank = entities(["The state owns Orbix Bank, Banque du Merlan and Tarnaby Bank."])
        #expect(bank.contains { $0.name == "Banque du Merlan" && $0.kind == .organization }, "\(describe(bank))")
    }

    @Test func aHyphenatedOrOccupationalTitleStaysOffTheName() {
        let found = entities([
            "Treasury Under-Secretary Mark Fenwick said the plan was sound.",
            "Local Activist Omar Haddad reported the shelling, and Co-Chair Lena Brandt agreed.",
        ])
        for person in ["Mark Fenwick", "Omar Haddad", "Lena Brandt"] {
            #expect(found.contains { $0.name == person && $0.kind == .person }, "\(person): \(describe(found))")
        }
        #expect(!found.contains { $0.name.contains("Under-Secretary") || $0.name.contains("Activist") })
    }
}
