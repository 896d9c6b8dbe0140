import ArticleModel
import Testing

@testable import Extraction

/// `he said` right after an opening phrase whose comma was lost (`Speaking in Vessa after the talks he said
/// "…"`): a pronoun that can only be a subject, right before the verb, is the verb's subject (sentences written
/// for these tests).
@Suite struct QuoteBarePronounSubjectTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func aPronounAfterAnOpeningPhraseWithoutItsComma() {
        let found = speakers([
            "Kelvar Foreign Minister Anton Brask accused aid agencies on Friday of \"failing the wounded\" in "
                + "Dornholm. Speaking in Vessa after meeting the Tarvan and Marrow envoys he said \"Their delay "
                + "allowed the rescue to collapse.\""
        ])
        #expect(found == ["Anton Brask", "Anton Brask"])
    }

    @Test func theSamePronounStillNeedsSomeoneOfItsGender() {
        let found = speakers([
            "Kelvar Trade Minister Thomas Brask met the bankers on Monday. After talks with the Tarvan and Marrow "
                + "envoys she said \"The banks will have to open their books.\""
        ])
        #expect(found == [nil])
    }
}
