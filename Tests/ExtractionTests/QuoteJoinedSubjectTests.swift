import Testing

@testable import Extraction

/// Speakers named in subjects joined by `and` (`lead researcher and planetary scientist Ann Roe said`, `Roe
/// and her team wrote`) and a statement that goes on (`It added: "…"`). Sentences written for these tests.
@Suite struct QuoteJoinedSubjectTests {
    @Test func twoRolesOfOnePersonAfterTheQuote() {
        let found = TestData.quotes([
            "Scientists at the Tarn Space Agency have found plumes of vapour above the moon.",
            "“We saw the vapour three times,” lead researcher and Tarn planetary scientist Ann Roe said.",
        ])
        #expect(found.map(\.speaker) == ["Ann Roe"])
    }

    @Test func aNamedPersonAndAnotherAreTwoSpeakers() {
        let found = TestData.quotes([
            "“We saw the vapour three times over two years of looking,” mayor Piet Kalo and scientist Ann Roe said."
        ])
        #expect(found.map(\.speaker) == [nil])
    }

    @Test(arguments: ["police and Ann Roe said on Monday", "firefighters and Ann Roe told reporters"])
    func aGroupAndAPersonAreTwoSpeakers(attribution: String) {
        let found = TestData.quotes(["“We will rebuild the town before the winter comes,” \(attribution)."])
        #expect(found.map(\.speaker) == [nil])
    }

    @Test func aPersonAndTheirTeam() {
        let found = TestData.quotes([
            "Ann Roe studied the moon for a decade.",
            "Roe and her team wrote: “The plumes are rare but they are real and they can be sampled.”",
        ])
        #expect(found.map(\.speaker) == ["Ann Roe"])
    }

    @Test func aStatementThatGoesOnIsItsAuthors() {
        let found = TestData.quotes([
            "The Daily Courier reported on Monday that Piet Kalo had quit the council.",
            "Kalo's statement said: “I have served the town for ten years and I leave it in good hands.”",
            "It added: “The council must now choose a new leader before the summer recess.”",
        ])
        #expect(found.map(\.speaker) == ["Piet Kalo", "Piet Kalo"])
    }

    @Test func itAfterAPersonsOwnWordsIsNoStatement() {
        let found = TestData.quotes([
            "The Daily Courier reported on Monday that Piet Kalo had quit the council.",
            "Kalo said: “I have served the town for ten years and I leave it in good hands.”",
            "It added: “The council must now choose a new leader before the summer recess.”",
        ])
        #expect(found.last?.speaker != "Piet Kalo")
    }

    @Test func twoPeopleNamedAloneSpeakTogether() {
        let found = TestData.quotes([
            "Ines Molnar and Karl Feher wrote to the council last week.",
            "“We cannot accept a plan that closes the library,” Molnar and Feher said in the letter. “The building "
                + "belongs to the town and its children.”",
        ])
        #expect(found.map(\.speaker) == ["Ines Molnar and Karl Feher", "Ines Molnar and Karl Feher"])
    }

    @Test func twoPeopleBeforeTheQuote() {
        let found = TestData.quotes([
            "Ines Molnar and Karl Feher said: “The building belongs to the town and its children.”",
            "“They will have to close it over our heads,” they said.",
        ])
        #expect(found.map(\.speaker) == ["Ines Molnar and Karl Feher", "Ines Molnar and Karl Feher"])
    }

    /// Two people together stand for no `he` or `she` after them.
    @Test func twoPeopleAreNoOnesPronoun() {
        let found = TestData.quotes([
            "“The building belongs to the town,” Ines Molnar and Karl Feher said.",
            "“We will appeal the ruling,” she said.",
        ])
        #expect(found.map(\.speaker) == ["Ines Molnar and Karl Feher", nil])
    }

    /// A third name before them: a list, who said what it does not tell.
    @Test func aListOfThreeIsNobody() {
        let found = TestData.quotes([
            "“The building belongs to the town,” Ann Roe, Ines Molnar and Karl Feher said."
        ])
        #expect(found.map(\.speaker) == [nil])
    }

    /// `Roe and Feher replied` where two people are called Roe: which Roe, the name alone does not tell.
    @Test func aSharedSurnameLeavesTheJointSpeakerUnnamed() {
        let found = TestData.quotes([
            "The novelist Mark Roe died in 2006. His estate is run by his sister Ines Feher and his brother Karl Roe.",
            "Roe and Feher replied that the claims were “false and hurtful to the whole family and its friends.”",
        ])
        #expect(found.allSatisfy { $0.speaker == nil })
    }
}
