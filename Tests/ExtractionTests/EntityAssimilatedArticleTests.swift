import Testing

@testable import Extraction

/// The Arabic article written as it sounds before a sun letter (`ez-`, `as-`, `ash-`, `an-`) joins the name as
/// `al-` does: `Deir ez-Zor`, `Tell as-Sawda`; alone, `as`, `at` and `an` stay English words.
@Suite struct EntityAssimilatedArticleTests {
    @Test(arguments: [
        ("Three civilians were killed in Deir ez-Zor on Monday.", "Deir ez-Zor"),
        ("Jets struck Tell as-Sawda and the villages near it.", "Tell as-Sawda"),
        ("Rebels left Kafr an-Nabra on Monday, residents said.", "Kafr an-Nabra"),
    ])
    func theArticleJoinsTheName(text: String, name: String) {
        let found = TestData.bodyEntities(text)
        #expect(found.contains { $0.name == name }, "\(found.map(\.name))")
    }

    @Test func aloneTheyStayWords() {
        let found = TestData.bodyEntities("Ann Roe worked as Tarn Radio's editor at Vesk for a year.")
        #expect(!found.contains { $0.name.contains(" as ") || $0.name.contains(" at ") }, "\(found.map(\.name))")
    }
}
