import Testing

@testable import Extraction

/// `"…," he said` right after a sentence whose subject is a person the article names there for the first time
/// (`A witness named Bo Lin who … described …`, `Dr Ann Roe, head of the clinic moved to …` with the comma
/// lost, `Roe's lawyer, Bo Lin, reacted …`): that person, not whoever spoke before. Sentences written for
/// these tests.
@Suite struct QuoteFirstNamedSubjectTests {
    @Test func aWitnessNamedInTheSentenceBefore() {
        let found = TestData.quotes([
            "“The road stays shut until Friday,” Piet Laar told the Dornholm Courier. The bridge reopened at noon. "
                + "A driver named Teodor Brisk who was caught in the jam described the moment the smoke rose. "
                + "“I saw flames over the ridge,” he said. “Then every truck stopped at once.”"
        ])
        #expect(found.map(\.speaker) == ["Piet Laar", "Teodor Brisk", "Teodor Brisk"])
    }

    @Test func anAppositiveWithItsClosingCommaLost() {
        let found = TestData.quotes([
            "“The fund for the new wing is empty,” said Piet Laar. "
                + "Anton Revik, head of the Kelvar children's clinic moved to calm worried parents. "
                + "“Nobody in the wards is at any risk,” he said."
        ])
        #expect(found.map(\.speaker) == ["Piet Laar", "Anton Revik"])
    }

    @Test func aRoleOfAPossessorBeforeTheName() {
        let found = TestData.quotes([
            "“The verdict is fair,” said Piet Laar. Morrow's lawyer, Hugo Stennet, reacted angrily to the ruling. "
                + "“We will appeal within the week,” he said."
        ])
        #expect(found.map(\.speaker) == ["Piet Laar", "Hugo Stennet"])
    }

    /// `After losing to Bo Lin …`, `Bo Lin's side …`: a name that is no subject leaves the pronoun to the speaker.
    @Test(arguments: [
        "After losing to Hugo Stennet in the final, the squad flew home to Marrowby.",
        "Hugo Stennet's side has shown little in attack all season.",
        "The new coach at Kestrel Hill is Hugo Stennet, a former winger.",
        "Varno faces a rematch against Dall, Hugo Stennet and Ossian Brae in the spring.",
    ])
    func aNameThatIsNoSubject(_ sentence: String) {
        let found = TestData.quotes([
            "“We lost our shape,” said Piet Laar. \(sentence) “It was a hard night for us,” he said."
        ])
        #expect(found.map(\.speaker) == ["Piet Laar", "Piet Laar"])
    }

    /// Whom `he` stood for is a man for the pronouns after: a `she` further on is not him.
    @Test func thePronounTellsTheIntroducedPersonsGender() {
        let found = TestData.quotes([
            "Lorin Vask, head of the Tarvan relief fund, spoke about the floods. “The dam held,” he said.",
            "“We will need more boats,” she said.",
        ])
        #expect(found.map(\.speaker) == ["Lorin Vask", nil])
    }

    /// A woman introduced is no `he`.
    @Test func theOtherGenderIsNoPronoun() {
        let found = TestData.quotes([
            "“We lost our shape,” said Piet Laar. Anna Stennet, the club's chairwoman, watched from the stand. "
                + "“It was a hard night for us,” he said."
        ])
        #expect(found.map(\.speaker) == ["Piet Laar", "Piet Laar"])
    }

    /// A newcomer whose given name tells no gender does not take `she` from a woman who spoke just before.
    @Test func aKnownWomanKeepsHerPronounFromANewcomerOfUnknownGender() {
        let found = TestData.quotes([
            "“The ferry will sail again on Monday,” said Mrs Ilse Varrow. "
                + "Dessa Korlin, head of the Tarvan bakers' guild walked the quay counting empty stalls. "
                + "“Nobody here will lose a day of trade,” she said."
        ])
        #expect(found.map(\.speaker) == ["Ilse Varrow", "Ilse Varrow"])
    }
}
