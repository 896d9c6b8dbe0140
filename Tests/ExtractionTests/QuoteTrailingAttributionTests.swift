import ArticleModel
import Testing

@testable import Extraction

/// A name in the attribution after a quote wins over the speaker carried over from before, also when
/// the description after the name lost its commas (sentences written for these tests).
@Suite struct QuoteTrailingAttributionTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func descriptionWithoutItsClosingComma() {
        let found = speakers([
            "“The dredging alone will take eighteen months,” Omar Haddad, a local fisherman, told AFP.",
            "“Nobody asked the people who live here,” Karl Wendt, the head of the residents' association added.",
        ])
        #expect(found == ["Omar Haddad", "Karl Wendt"])
    }

    @Test func descriptionWithoutCommas() {
        let found = speakers([
            "“We expect the first ships to dock within two years,” said Jane Porter.",
            "“This plan will bring jobs to the whole coast” Lena Brandt the head of the volunteer rescue service in "
                + "the flooded northern districts of the coast told reporters. “It will take years,” she added.",
        ])
        #expect(found == ["Jane Porter", "Lena Brandt", "Lena Brandt"])
    }

    @Test func commentsAfterTheQuoteIsAVerbOfSaying() {
        #expect(
            speakers([
                "Lena Varga runs the family firm in the old town.",
                "“We reject these claims and will answer them in court,” comments Varga in a statement.",
            ]) == ["Lena Varga"])
    }

    /// `the "…" comments Tom Harlow made`: after a quoted phrase that ends no sentence, `comments` is a noun.
    @Test func commentsAfterAScareQuoteIsANoun() {
        let found = TestData.quotes([
            "Bo Kerr said the “utterly careless and wounding” comments Governor Ida Marsh made were wrong."
        ])
        #expect(found.map(\.text) == ["utterly careless and wounding"])
        #expect(found.map(\.speaker) == ["Bo Kerr"])
    }

    /// `his comments` and `the minister's comments` are nouns: no verb of saying there.
    @Test func commentsAsANounSaysNothing() {
        #expect(
            speakers([
                "Tom Hale spoke first. The minister's comments came later. “We will answer in court,” he said."
            ]) == ["Tom Hale"])
    }
}
