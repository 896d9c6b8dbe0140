import ArticleModel
import Testing

@testable import Extraction

/// A place phrase between a quote and its speaker (`"…", in the east of Marlow the monitor said`), and `it said`
/// after the narration made another organisation its subject than the one that spoke before (sentences written
/// for these tests).
@Suite struct QuotePlaceAndOrganizationSubjectTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func aPlacePhraseBetweenTheQuoteAndTheSpeaker() {
        let found = speakers([
            "Shells fell on the old market of Marlow overnight.",
            "“The shelling went on all night and nobody could reach the wounded,” in the east of Marlow the"
                + " Kelso-based Tarn Human Rights Observatory said.",
        ])
        #expect(found == ["Tarn Human Rights Observatory"])
    }

    @Test func itStandsForTheOrganisationTheNarrationMadeItsSubject() {
        let found = speakers([
            "The Kelvar Power Corporation is refusing to halt work on a new dam, said the Dunmore Herald.",
            "The Dunmore Herald said the builder might choose to pay a fine instead.",
            "The Kelvar Power Corporation could now face a large fine. Last week, it denied that its projects broke"
                + " the rules. “We have always obeyed the law in every project we built,” it said.",
        ])
        #expect(found == ["Kelvar Power Corporation"])
    }
}
