import ArticleModel
import Testing

@testable import Extraction

/// `Joss Kelby said` where the entity pass read `Kelby` as the short name of a band named elsewhere (`Kelby
/// Roses`) and `Joss` as a town: the full personal name written in the attribution is the speaker, not the
/// alias's entity (sentences written for these tests).
@Suite struct QuoteWrittenNameOverAliasTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func aGivenNameBeforeAnotherEntitysAlias() {
        let found = speakers([
            "After beating Lina Corvel and Petra Holm to the best female prize, Joss Kelby said: \"I do not know "
                + "what to say tonight and I thank my family for everything.\" Viewers of the music channel voted "
                + "Kelby the winner in the soul category.",
            "I liked the Kelby Roses more, their first album is still the best thing I own.",
        ])
        #expect(found == ["Joss Kelby"])
    }

    @Test func aPlaceAfterAPrepositionIsNoGivenName() {
        let found = speakers([
            "The Kelby Roses played their first show in years at the Marrowby festival.",
            "On the night in Tarvan Kelby said: \"We kept the old songs for the fans who waited.\"",
        ])
        #expect(found.count == 1)
        #expect(found.first != "Tarvan Kelby")
    }
}
