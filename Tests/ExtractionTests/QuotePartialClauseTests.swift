import Testing

@testable import Extraction

/// Partial quotes inside a clause: after `called`, `branded`, `described … as` one is the clause subject's
/// (`called the plan a "total disaster"`); up to three words no one says are scare quotes. Colon attributions
/// after a conjunction or an adverb (`But he said on radio:`, `She later told reporters:`).
@Suite struct QuotePartialClauseTests {
    @Test func aShortPartialQuoteAfterAVerbOfNamingIsTheSubjects() {
        let found = TestData.quotes([
            "Opposition leader Dana Whitcombe called the plan a \u{201C}total disaster\u{201D} on Tuesday.",
            "Critics of the scheme say the \u{201C}new normal\u{201D} will not last.",
        ])
        #expect(found.map(\.speaker) == ["Dana Whitcombe"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aNumberInsideAShortPartialQuoteCountsNothing() {
        let paragraphs = ["Council leader Dana Whitcombe said the council was making \u{201C}a 100% effort\u{201D} to end the delays."]
        #expect(TestData.quotes(paragraphs).map(\.speaker) == ["Dana Whitcombe"])
        #expect(TestData.figures(paragraphs).isEmpty, "\(TestData.figures(paragraphs).map(\.text))")
    }

    @Test func aLongerPartialQuoteAfterCalledIsTheSubjects() {
        let found = TestData.quotes([
            "Transport minister Colin Pell called the scheme \u{201C}a complete waste of public money\u{201D} on Tuesday.",
            "Mr Pell branded the report \u{201C}scaremongering of the very worst kind\u{201D}.",
        ])
        #expect(found.map(\.speaker) == ["Colin Pell", "Colin Pell"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func calledMakesNobodyTheNextQuotesSpeaker() {
        let found = TestData.quotes([
            "Council leader Jo Marland said the cuts were unavoidable.",
            "Ms Marland called the police after the meeting.",
            "\u{201C}Nobody should have to face that kind of abuse.\u{201D}",
        ])
        #expect(found.map(\.speaker) == [nil], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aPartialQuoteAfterAFrontedPhraseGivesTheNextQuoteItsSpeaker() {
        let found = TestData.quotes([
            "Health spokesman Rhys Glyn said: \u{201C}It is exactly the same target she set before.\u{201D} For the Liberal Democrats, Kirsty Willan called the target \u{201C}hugely unambitious\u{201D}. \u{201C}It leaves patients still waiting two years before they are treated.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Rhys Glyn", "Kirsty Willan", "Kirsty Willan"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aTitleAfterCalledIsNoQuote() {
        let found = TestData.quotes([
            "He wrote a story called \u{201C}Winter Solstice, Camelot Station\u{201D} for the anthology.",
        ])
        #expect(found.isEmpty, "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aPassiveVerbOfNamingMakesNobodyAPronounsReferent() {
        let found = TestData.quotes([
            "Singer Tom Marsh thanked his fans at the ceremony.",
            "The album Blue Summer was hailed as the best record of the year by critics.",
            "\u{201C}We really appreciate all the support,\u{201D} he said.",
        ])
        #expect(found.map(\.speaker) == ["Tom Marsh"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aColonAttributionAfterAConjunctionOrAnAdverb() {
        let found = TestData.quotes([
            "Chancellor Gordon Bayley defended his budget on Monday.",
            "But he said on radio: \u{201C}We cannot spend money we do not have.\u{201D}",
            "Shadow chancellor Oliver Kemble was not convinced. He later told reporters: \u{201C}This budget will hurt families.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Gordon Bayley", "Oliver Kemble"], "\(found.map { ($0.text, $0.speaker) })")
    }
}
