import ArticleModel
import Testing

@testable import Extraction

/// Attribution shapes from a hand audit of fresh articles (sentences written for these tests).
@Suite struct QuoteFreshShapeTests {
    func quotes(_ paragraphs: [String]) -> [Quote] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes
    }

    func speakers(_ paragraphs: [String]) -> [String?] { quotes(paragraphs).map(\.speaker) }

    @Test func secondSentenceAfterLongAppositionWithPlaces() {
        let found = speakers([
            "“The river has never been this low in August,” Mira Holt, a fellow at the Keswick Institute in "
                + "Dayton, Ohio, said. “We are running out of time to act.”"
        ])
        #expect(found == ["Mira Holt", "Mira Holt"])
    }

    @Test func titledNameInAppositionTellingAChannel() {
        let found = speakers([
            "The clinic closed its doors on Monday.",
            "“We saw more patients this winter than in any year before,” Dr. Ruth Calder, a member of the "
                + "group, told Channel 9.",
        ])
        #expect(found == ["Ruth Calder"])
    }

    @Test func wentOnAndContinued() {
        let found = speakers([
            "Peter Lang spoke to the council on Tuesday. He went on: “The bridge must be closed until spring.”",
            "Anna Weir answered him at once. She continued: “Nobody here wants the bridge to close.”",
            "“The shops on the far side will lose their trade,” she added.",
        ])
        #expect(found == ["Peter Lang", "Anna Weir", "Anna Weir"])
    }

    @Test func strayVerbAfterAdded() {
        let found = speakers([
            "Tom Baird, the harbour master, spoke after the storm. He added: said “The boats were all tied up "
                + "in time.”"
        ])
        #expect(found == ["Tom Baird"])
    }

    @Test func quotedInAPaperSaying() {
        let found = speakers([
            "Carla Nunes was quoted in the Herald saying “the league has lost its way entirely”.",
            "Owen Pike was quoted by the Courier as saying “nobody at the club saw this coming”.",
        ])
        #expect(found == ["Carla Nunes", "Owen Pike"])
    }

    @Test func unnamedGroupStaysNull() {
        let found = speakers([
            "Doctors at the Linden Clinic treated the boy for burns.",
            "The doctors stated: “His condition is stable and he is expected to recover.”",
        ])
        #expect(found == [nil])
    }

    @Test func partialQuotesAfterWasToAndEmailThat() {
        let found = quotes([
            "Rosa Lind said the budget was “a reckless gamble with public money”.",
            "Hugh Dane said he wanted the council to “stop wasting time on studies”.",
            "Ivan Roth said in an email that the board had “failed the families it serves”.",
        ])
        #expect(found.map(\.speaker) == ["Rosa Lind", "Hugh Dane", "Ivan Roth"])
        #expect(found.map(\.text).first == "a reckless gamble with public money")
    }
}

/// Attribution shapes met on unseen articles (sentences written for these tests).
@Suite struct QuoteUnseenShapeTests {
    func quotes(_ paragraphs: [String]) -> [Quote] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes
    }

    func speakers(_ paragraphs: [String]) -> [String?] { quotes(paragraphs).map(\.speaker) }

    @Test func relativeClauseAfterAName() {
        let found = speakers([
            "The offer was turned down by Nora Quill, who said: “It will ruin the valley for good.”"
        ])
        #expect(found == ["Nora Quill"])
    }

    @Test func titledSurnameSpeltLikeANationality() {
        let found = speakers([
            "Owen Welsh, leader of the group, criticised the plan.",
            "Mr Welsh said: “The figures in this report do not add up at all.”",
        ])
        #expect(found == ["Owen Welsh"])
    }

    @Test func closingMarkTypedAsTwoApostrophes() {
        let found = speakers([
            "“We lost the vote fairly and squarely,’’ Nadia Sayer, head of the council, told the BBC."
        ])
        #expect(found == ["Nadia Sayer"])
    }

    @Test func recountedIsAVerbOfSaying() {
        let found = speakers([
            "“We had to start again from nothing,” Grace Pell recounted in a meeting on Friday."
        ])
        #expect(found == ["Grace Pell"])
    }

    @Test func aListOfTitlesIsNoQuote() {
        let found = quotes([
            "Band leader Sam Voss said the tour starts in May.",
            "The band will play hits including “Rolling Home,” “Blue River,” “Night Train To Memphis” and "
                + "“Go Slow.”",
        ])
        #expect(found.isEmpty)
    }

    @Test func lowercaseSaidAfterAFullStop() {
        let found = speakers([
            "“The road has been cut for ten days now.” said Karim Nasser, a local official."
        ])
        #expect(found == ["Karim Nasser"])
    }

    @Test func descriptionWithAListInsideAName() {
        let found = speakers([
            "“The air improved because the wind turned,” Priya Nair, a research analyst at the Centre for "
                + "Science, Technology and Environment told reporters."
        ])
        #expect(found == ["Priya Nair"])
    }

    @Test func ageBeforeTheName() {
        let found = speakers([
            "“I buy all my music online these days,” says 27-year-old Ross Keller."
        ])
        #expect(found == ["Ross Keller"])
    }

    @Test func affiliationAfterTheNameWithoutItsClosingComma() {
        let found = speakers([
            "Dr Lena Voigt, of the Centre for Coastal Studies at the University of Leeds said: “The dunes "
                + "are moving faster than we thought.”"
        ])
        #expect(found == ["Lena Voigt"])
    }
}
