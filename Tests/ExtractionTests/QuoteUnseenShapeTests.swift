import Testing

@testable import Extraction

/// Attribution shapes met on unseen articles (sentences written for these tests).
@Suite struct QuoteUnseenShapeTests {
    @Test func relativeClauseAfterAName() {
        let found = TestData.quotes([
            "The offer was turned down by Nora Quill, who said: “It will ruin the valley for good.”"
        ])
        #expect(found.map(\.speaker) == ["Nora Quill"])
    }

    @Test func anAppositiveOfWhereTheyWorkThatLostItsClosingComma() {
        let found = TestData.quotes([
            "Ann Coyle, a strategist at Vesk Securities told Reuters that while no quick change could be expected, "
                + "\"it is enough to show that they will be more careful\"."
        ])
        #expect(found.map(\.speaker) == ["Ann Coyle"])
    }

    @Test func aGroupDubbedSomethingIsNobodyWhoSpeaks() {
        let found = TestData.quotes([
            "Dr Ivo Holm said groups dubbed pioneers and builders were keenest on new things. "
                + "\"For instance,\" he said, \"older people are texting much more than they did five years ago.\""
        ])
        #expect(found.map(\.speaker) == ["Ivo Holm", "Ivo Holm"], "\(found.map { ($0.text, $0.speaker ?? "-") })")
    }

    @Test func relativeClauseAfterTwoNamesIsNobody() {
        let found = TestData.quotes([
            "Less taken were fans Ivo Brandt and Lars Kemp, who observed: “The band played far too long.”"
        ])
        #expect(found.map(\.speaker) == [nil])
    }

    @Test func aPartialQuoteBeforeTheVerbStillHandsOnItsSpeaker() {
        let found = TestData.quotes([
            "Homes would be “cheaper to heat by half”, Mr Vance Oduya stressed.",
            "“Nobody will pay more than they do today for the same house.”",
        ])
        #expect(found.map(\.speaker) == ["Vance Oduya", "Vance Oduya"])
    }

    @Test func titledSurnameSpeltLikeANationality() {
        let found = TestData.quotes([
            "Owen Welsh, leader of the group, criticised the plan.",
            "Mr Welsh said: “The figures in this report do not add up at all.”",
        ])
        #expect(found.map(\.speaker) == ["Owen Welsh"])
    }

    @Test func closingMarkTypedAsTwoApostrophes() {
        let found = TestData.quotes([
            "“We lost the vote fairly and squarely,’’ Nadia Sayer, head of the council, told the BBC."
        ])
        #expect(found.map(\.speaker) == ["Nadia Sayer"])
    }

    @Test func recountedIsAVerbOfSaying() {
        let found = TestData.quotes([
            "“We had to start again from nothing,” Grace Pell recounted in a meeting on Friday."
        ])
        #expect(found.map(\.speaker) == ["Grace Pell"])
    }

    @Test func aListOfTitlesIsNoQuote() {
        let found = TestData.quotes([
            "Band leader Sam Voss said the tour starts in May.",
            "The band will play hits including “Rolling Home,” “Blue River,” “Night Train To Memphis” and "
                + "“Go Slow.”",
        ])
        #expect(found.isEmpty)
    }

    @Test func lowercaseSaidAfterAFullStop() {
        let found = TestData.quotes([
            "“The road has been cut for ten days now.” said Karim Nasser, a local official."
        ])
        #expect(found.map(\.speaker) == ["Karim Nasser"])
    }

    @Test func descriptionWithAListInsideAName() {
        let found = TestData.quotes([
            "“The air improved because the wind turned,” Priya Nair, a research analyst at the Centre for "
                + "Science, Technology and Environment told reporters."
        ])
        #expect(found.map(\.speaker) == ["Priya Nair"])
    }

    @Test func ageBeforeTheName() {
        let found = TestData.quotes([
            "“I buy all my music online these days,” says 27-year-old Ross Keller."
        ])
        #expect(found.map(\.speaker) == ["Ross Keller"])
    }

    @Test func affiliationAfterTheNameWithoutItsClosingComma() {
        let found = TestData.quotes([
            "Dr Lena Voigt, of the Centre for Coastal Studies at the University of Leeds said: “The dunes "
                + "are moving faster than we thought.”"
        ])
        #expect(found.map(\.speaker) == ["Lena Voigt"])
    }
}

/// An age before a name reads past to the name; an age with no name names nobody.
@Suite struct QuoteAgeTests {
    @Test func anAgeWithoutANameIsNobody() {
        let found = TestData.quotes([
            "“We will be back next season,” said Carl Dorn, the club's manager. Tom Ash, his striker, was injured.",
            "“It was the worst night of my career,” said the 31-year-old comedian.",
        ])
        #expect(found.map(\.speaker) == ["Carl Dorn", nil])
    }
}
