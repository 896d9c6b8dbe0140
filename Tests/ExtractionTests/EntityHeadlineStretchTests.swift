import ArticleModel
import Testing

@testable import Extraction

/// Headlines of other articles run into the text (page furniture) give no names of their own; long
/// names in running text stay names.
@Suite struct EntityHeadlineStretchTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func headlinesRunIntoTheTextNameOnlyKnownNames() {
        let found = entities([
            "Floods closed the port of Valdoria on Monday, officials said. Related Harbour Workers Strike Over Pay "
                + "Cuts in Valdoria Rescue Teams Reach Stranded Villagers Near Lisbon Tags floods"
        ])
        #expect(found.contains { $0.name == "Lisbon" && $0.kind == .place })
        #expect(!found.contains { $0.name.contains("Strike") || $0.name.contains("Rescue") })
        #expect(!found.contains { $0.name.contains("Villagers") })
    }

    @Test func longNamesInRunningTextStay() {
        let found = entities([
            "Samples were sent to the Cosmic Dust Lab in Building 31 at Johnson Space Center, and the Syrian "
                + "Observatory for Human Rights said it counted the dead."
        ])
        #expect(found.contains { $0.name == "Johnson Space Center" })
        #expect(found.contains { $0.name == "Syrian Observatory for Human Rights" && $0.kind == .organization })
    }

    @Test func theWordListKnowsInflectedVerbs() {
        let words = EnglishWords(tsv: "# comment\ncapture\tV\nvillage\tN\nsupply\tV\n")
        #expect(words.partOfSpeech(of: "captures") == .verb)
        #expect(words.partOfSpeech(of: "supplies") == .verb)
        #expect(words.partOfSpeech(of: "villages") == .noun)
        #expect(words.partOfSpeech(of: "valdoria") == nil)
        #expect(EnglishWords.bundled.partOfSpeech(of: "encircles") == .verb)
    }
}

/// Kinds from a name's own words: companies by what they make, common words with capitals as no person.
@Suite struct EntityKindEvidenceTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func companiesByWhatTheyMake() {
        let found = entities([
            "The contract went to Northgate Robotics and Kestrel Aerospace, ahead of Dana Productions."
        ])
        for name in ["Northgate Robotics", "Kestrel Aerospace", "Dana Productions"] {
            #expect(found.first { $0.name == name }?.kind == .organization, "\(name)")
        }
    }

    @Test func commonWordsWithCapitalsAreNoPerson() {
        let found = entities(["He wrote about Secret Agent films and Card Tricks for years, Tomas Brandt said."])
        #expect(!found.contains { $0.name == "Secret Agent" || $0.name == "Card Tricks" })
        #expect(found.first { $0.name == "Tomas Brandt" }?.kind == .person)
    }
}

extension EntityKindEvidenceTests {
    @Test func oneWordNamesNamedTwiceInsideSentences() {
        let found = entities([
            "The talks stalled when Okonjo left the room, while backers said FlowLark would wait.",
            "Aides said Okonjo would return, while FlowLark kept its offer open.",
            "The delegates met with Velmora before they went home.",
        ])
        // No title, given name or `said` of its own: a word named twice is no person on that alone.
        #expect(!found.contains { $0.name == "Okonjo" })
        #expect(found.first { $0.name == "FlowLark" }?.kind == .organization)
        // Named once with nothing to say what it is: left out.
        #expect(!found.contains { $0.name == "Velmora" })
    }
}

extension EntityKindEvidenceTests {
    @Test func sitesByTheirHeads() {
        let found = entities([
            "Crews flew from Marlow Station to the Brenner Space Center, past the Tidewater Arena.",
            "The Marlow Center for Policy Research disagreed, and Dovetail shares fell.",
        ])
        for name in ["Marlow Station", "Brenner Space Center", "Tidewater Arena"] {
            #expect(found.first { $0.name == name }?.kind == .place, "\(name)")
        }
        #expect(found.first { $0.name == "Marlow Center for Policy Research" }?.kind == .organization)
        #expect(found.first { $0.name == "Dovetail" }?.kind == .organization)
    }
}
