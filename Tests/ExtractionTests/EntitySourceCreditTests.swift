import ArticleModel
import Testing

@testable import Extraction

/// `(Source: Kestrel Relief Committee)` closing a report names the organisation its figures come from,
/// though the sentence has no lowercase word; a credit without an organisation's head stays unread.
@Suite struct EntitySourceCreditTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aBracketedSourceCreditNamesAnOrganisation() {
        let found = entities(["Six civilians were killed in the raid on Monday. (Source: Kestrel Relief Committee)"])
        #expect(found.contains { $0.name == "Kestrel Relief Committee" && $0.kind == .organization })
    }

    @Test func aSourceCreditWithoutBracketsNamesAnOrganisation() {
        let found = entities(["Six civilians were killed in the raid on Monday. Source: Vessan Coalition."])
        #expect(found.contains { $0.name == "Vessan Coalition" && $0.kind == .organization })
    }

    @Test func aSourceCreditWithoutAHeadStaysUnread() {
        let found = entities(["Six civilians were killed in the raid on Monday. (Source: Marrow Tessaly)"])
        #expect(!found.contains { $0.name == "Marrow Tessaly" })
    }

    @Test func theCreditsShape() {
        let tokens = Tokenizer().tokens(in: "(Source: Kestrel Relief Committee)")
        #expect(EntityExtractor.isOrganizationSourceCredit(0..<tokens.count, in: tokens))
        let open = Tokenizer().tokens(in: "(Source: Kestrel Relief Committee")
        #expect(!EntityExtractor.isOrganizationSourceCredit(0..<open.count, in: open))
        let garbled = Tokenizer().tokens(in: "(Source: Vessan Coalitions Media Office)")
        #expect(!EntityExtractor.isOrganizationSourceCredit(0..<garbled.count, in: garbled))
    }
}
