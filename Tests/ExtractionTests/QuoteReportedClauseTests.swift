import ArticleModel
import Testing

@testable import Extraction

/// Who speaks when the sentence names someone who does not: a `with` clause after the subject, a
/// parenthetical `he claimed` reporting a clause about another person, a paper quoting someone, an
/// unnamed spokesman between a named speaker and `he said` (sentences written for these tests).
@Suite struct QuoteReportedClauseTests {
    func quotes(_ paragraphs: [String]) -> [(String, String?)] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map { ($0.text, $0.speaker) }
    }

    @Test func theNamedOneInAWithClauseSpeaks() {
        let found = quotes([
            "The dockers' union answered on Friday, with its general secretary Marta Quillen calling the "
                + "pay offer a \u{201C}cynical election stunt by a tired party\u{201D}."
        ])
        #expect(found.map(\.1) == ["Marta Quillen"], "\(found)")
    }

    @Test func anUnnamedOneInAWithClauseIsNobody() {
        let found = quotes([
            "Labour hit back at the plans on Monday, with one senior aide describing them as \u{201C}a "
                + "fraudulent prospectus for the country\u{201D}."
        ])
        #expect(found.allSatisfy { $0.1 == nil }, "\(found)")
    }

    @Test func aParentheticalPronounIsNotTheOneItReportsOn() {
        let found = quotes([
            "Opposition leader Colm Farrady used his new year message to attack the government.",
            "Mr Pellew has failed to fix the railways, he claimed, saying the minister had the "
                + "\u{201C}wrong answers to every question\u{201D}.",
        ])
        #expect(found.map(\.1) == ["Colm Farrady"], "\(found)")
    }

    @Test func aPronounBeforeTheClauseStillStandsForItsSubject() {
        let found = quotes([
            "Opposition leader Colm Farrady spoke in Leeds on Monday.",
            "He said Mr Pellew had failed: \u{201C}The railways are worse than they were in the spring.\u{201D}",
        ])
        #expect(found.map(\.1) == ["Colm Farrady"], "\(found)")
    }

    @Test func theOneAPaperQuotesSaysTheNextQuote() {
        let found = quotes([
            "The Morning Ledger quoted Home Secretary Ian Dunmore telling party members in Hull that the country "
                + "should welcome more students. \u{201C}That is part of who we are as a nation,\u{201D} he said."
        ])
        #expect(found.map(\.1) == ["Ian Dunmore"], "\(found)")
    }

    @Test func anUnnamedSpokesmanStandsBetweenANameAndHe() {
        let found = quotes([
            "Mr Ostrander said the scheme would cost too much.",
            "A Treasury spokesman criticised the figures, saying they left out the savings. He said: "
                + "\u{201C}These sums are simply wrong and the party knows it.\u{201D}",
        ])
        #expect(found.map(\.1) == [nil], "\(found)")
    }

    @Test func theSubjectOfAPassiveVerbOfSayingIsNotTheSpeaker() {
        let found = quotes([
            "Professor Hal Brannock will start the job in June.",
            "He is described as \u{201C}a patient and stubborn campaigner\u{201D} by his colleagues.",
        ])
        #expect(found.allSatisfy { $0.1 != "Hal Brannock" }, "\(found)")
    }

    @Test func lettersOfAnOfficeBeforeACommaEndTheName() {
        let found = quotes([
            "The report was published on Monday. Ewan Castellane MP, said: \u{201C}The timetable is simply "
                + "not credible.\u{201D}"
        ])
        #expect(found.map(\.1) == ["Ewan Castellane"], "\(found)")
    }

    @Test func theSpokesmanOfAPartyNamedBeforeIsThatPerson() {
        let found = quotes([
            "Shadow home secretary Ivo Partridge attacked the bill in the Commons.",
            "The Tory spokesman also criticised the timetable. \u{201C}Nobody has read the small print of "
                + "this bill,\u{201D} he said.",
        ])
        #expect(found.map(\.1) == ["Ivo Partridge"], "\(found)")
    }
}
