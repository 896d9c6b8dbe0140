import ArticleModel
import Testing

@testable import Extraction

/// Where a name starts and ends: a command or greeting before it, a regnal number after it, `of` between
/// a person and where they work, a quoted one-word title, and a place before common words.
@Suite struct EntitySpanEdgeTests {
    func entities(_ paragraphs: [String], headline: String = "Report") -> [ExtractedEntity] {
        let article = Article(title: headline, paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aCommandOrAGreetingOpeningTheSentenceIsNoPartOfTheName() {
        let found = entities([
            "Meet Carla Brennan, the baker who feeds half the village.",
            "Hey Frank, the note on the fridge began.",
            "Ask Hannah Oduya about the floods and she will talk for an hour.",
        ])
        #expect(entity(found, "Carla Brennan")?.kind == .person)
        #expect(entity(found, "Hannah Oduya")?.kind == .person)
        #expect(!found.contains { $0.name.hasPrefix("Meet") || $0.name.hasPrefix("Hey") || $0.name.hasPrefix("Ask") })
    }

    @Test func anAdverbOpeningTheSentenceIsNoPartOfTheName() {
        let found = entities([
            "Unfortunately Carla Brennan cannot play on Saturday.",
            "Often Dunmorrow Telecom hears of an attack in advance.",
        ])
        #expect(entity(found, "Carla Brennan")?.kind == .person)
        #expect(entity(found, "Dunmorrow Telecom") != nil)
        #expect(!found.contains { $0.name.hasPrefix("Unfortunately") || $0.name.hasPrefix("Often") })
    }

    @Test func anOccupationOpeningTheSentenceIsNoPartOfTheName() {
        let found = entities([
            "Producer Carla Brennan has signed a deal for two more films.",
            "Guitarist Tom Ellery left the band in May.",
            "Teenager Hannah Oduya won the race by a second.",
            "Model Laura Penning wore the dress on the night.",
        ])
        #expect(entity(found, "Carla Brennan")?.kind == .person)
        #expect(entity(found, "Tom Ellery")?.kind == .person)
        #expect(entity(found, "Hannah Oduya")?.kind == .person)
        #expect(entity(found, "Laura Penning")?.kind == .person)
        for word in ["Producer", "Guitarist", "Teenager", "Model"] {
            #expect(!found.contains { $0.name.hasPrefix(word) })
        }
        // A first name that is also a noun of no trade stays: `Angel`, `Sonny`.
        let kept = entities(["Angel Maria Ostrovo chaired the meeting.", "Sonny Bill Harrow said he scored twice."])
        #expect(entity(kept, "Angel Maria Ostrovo")?.kind == .person)
        #expect(entity(kept, "Sonny Bill Harrow")?.kind == .person)
    }

    @Test func aSurnameThatIsAGivenNameStaysWithAGivenNameBeforeIt() {
        // `Carl` is no verb: the whole run is the person.
        let found = entities(["Carl Thomas said the bridge would reopen."])
        #expect(entity(found, "Carl Thomas")?.kind == .person)
    }

    @Test func aRegnalNumberAfterAGivenNameIsPartOfTheName() {
        let found = entities([
            "The exhibition shows letters of Edward IV and Henry VIII.",
            "Pope John Paul II visited the town in 1982, long after World War II ended.",
        ])
        #expect(entity(found, "Edward IV")?.kind == .person)
        #expect(entity(found, "Henry VIII")?.kind == .person)
        #expect(found.contains { $0.name == "John Paul II" || $0.aliases.contains("John Paul II") })
        #expect(!found.contains { $0.name == "Edward" || $0.name == "Henry" || $0.name == "John Paul" })
        #expect(!found.contains { $0.name.hasPrefix("World War") && $0.kind == .person })
    }

    @Test func aPersonOfAnOrganisationOrAPlaceIsTwoNames() {
        let found = entities([
            "Martin Gale of Blue Lantern said the tour would start in May.",
            "Anna Lee of Leeds agreed, and Martin Gale said more dates would follow.",
        ])
        #expect(entity(found, "Martin Gale")?.kind == .person)
        #expect(entity(found, "Blue Lantern")?.kind == .organization)
        #expect(entity(found, "Anna Lee")?.kind == .person)
        #expect(entity(found, "Leeds")?.kind == .place)
        #expect(!found.contains { $0.name.contains(" of ") })
    }

    @Test func oneCommonWordAfterOfIsNoOrganisation() {
        let found = entities(["Critics loved Lena Full of Hope, the film about a singer."])
        #expect(!found.contains { $0.name == "Hope" })
    }

    @Test func anInstitutionsOwnOfStaysInItsName() {
        let found = entities(["The Bank of England raised rates, and the University of Kent agreed."])
        #expect(entity(found, "Bank of England")?.kind == .organization)
        #expect(!found.contains { $0.name == "England" && $0.kind == .organization })
    }

    @Test func aQuotedOneWordTitleAfterAWorksNounIsNoName() {
        let found = entities([
            "The band released the album \u{201C}Harvestmoon\u{201D} in 1977.",
            "Critics said Harvestmoon was their best.",
        ])
        #expect(!found.contains { $0.name == "Harvestmoon" && $0.kind == .person })
    }

    @Test func aPlaceBeforeCommonWordsNamesNoPerson() {
        let found = entities(["Readers praised Harlow Courier for the story."])
        #expect(entity(found, "Harlow Courier")?.kind == .organization)
    }

    @Test func theTitleOfAWorkWrittenTheXOfTheYIsNoName() {
        let found = entities([
            "Her first novel was The Keeper of the Lighthouse, and she later wrote The Sound of Rain.",
            "Critics praised The Keeper of the Lighthouse again, and the Bank of England bought a copy.",
        ])
        #expect(!found.contains { ["Keeper", "Lighthouse", "Sound", "Rain"].contains($0.name) })
        #expect(entity(found, "Bank of England")?.kind == .organization)
    }

    @Test func aNameBeforeItsMembersIsAnOrganisation() {
        let found = entities([
            "Brightwater players trained in the rain on Monday.",
            "On Saturday, Kestrelmoor economist Dana Pryce said Brightwater would win.",
        ])
        #expect(entity(found, "Brightwater")?.kind == .organization)
        #expect(entity(found, "Kestrelmoor")?.kind == .organization)
        #expect(entity(found, "Dana Pryce")?.kind == .person)
    }
}
