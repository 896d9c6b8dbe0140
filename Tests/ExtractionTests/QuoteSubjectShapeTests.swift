import Testing

@testable import Extraction

/// Subjects the attribution reads past: an adverb opening the sentence (`Earlier Tory leader Jo Bex
/// sent …, saying:`), and a role after the name that lost its closing comma (`Rhys Tomos, Plaid Cymru
/// health spokesman said:`).
@Suite struct QuoteSubjectShapeTests {
    @Test func anAdverbOpeningTheSentenceBeforeItsSubject() {
        let found = TestData.quotes([
            "Earlier Tory leader Martin Howell sent the president his warm congratulations, saying: \u{201C}We look to the president to be a unifying force for the world.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Martin Howell"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func anOrganisationsRoleAfterTheNameWithoutItsClosingComma() {
        let found = TestData.quotes([
            "Rhodri Tomos, Plaid Cymru health spokesman said: \u{201C}It is exactly the same target she set in 1999.\u{201D}",
        ])
        #expect(found.map(\.speaker) == ["Rhodri Tomos"], "\(found.map { ($0.text, $0.speaker) })")
    }
}
