import Testing

@testable import Extraction

/// A speaker named by surname alone is the person the article names in full, also when the given name
/// is a common English word (`Bill`, `Will`, `Mark`, `Grant`) or the surname is a title's word (`Field`).
@Suite struct QuoteWordGivenNameTests {
    @Test func aWordGivenNameBeforeASurnameIsTheFullName() {
        let found = TestData.quotes([
            "The veteran Tory MP Bill Pellow said the treaty would be rejected by voters.",
            "\u{201C}The country will never accept this treaty,\u{201D} said Mr Pellow.",
            "The pop singer Will Harker backed the campaign at its launch in Leeds.",
            "\u{201C}Music brings people together in every town,\u{201D} Harker said.",
        ])
        #expect(found.map(\.speaker) == ["Bill Pellow", "Will Harker"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aSurnameThatIsATitleWordIsExpanded() {
        let found = TestData.quotes([
            "Mark Field, the Tory MP for the area, said the plans were badly flawed.",
            "\u{201C}They have not been thought through at all,\u{201D} Mr Field added.",
        ])
        #expect(found.map(\.speaker) == ["Mark Field"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aQuestionOpeningWithAModalNamesNobody() {
        let found = TestData.quotes([
            "Will Dunmore voters turn out in the rain on Thursday?",
            "\u{201C}We will see a record turnout this week,\u{201D} said Mr Dunmore.",
        ])
        #expect(found.map(\.speaker) != ["Will Dunmore"], "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aCurrencyIsNotAGivenName() {
        let found = TestData.quotes([
            "Traders sold the Deutsche Mark Tellen bonds on Friday, and the bank followed.",
            "\u{201C}The market has turned against us this week,\u{201D} said Mr Tellen.",
        ])
        #expect(found.map(\.speaker) != ["Mark Tellen"], "\(found.map { ($0.text, $0.speaker) })")
    }
}
