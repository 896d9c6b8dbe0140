import ArticleModel
import Testing

@testable import Extraction

/// `Kestrel Hill frontwoman Dana Vessa collected the prize. She told the audience: "…"`: a band the entity pass
/// took for a person, then a word for one of its members and the member's name: the member is the sentence's
/// subject and whom `she` stands for (sentences written for these tests).
@Suite struct QuoteGroupMemberSubjectTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func theMemberAfterTheBandsNameIsTheSubject() {
        let found = speakers([
            "Tarvan band Kestrel Hill led the winners at the Marrowby music awards on Monday. Kestrel Hill "
                + "frontwoman Dana Vessa collected the best album prize from singer Orla Quince. She told the "
                + "audience: \"We never thought this night would come for a group like ours.\""
        ])
        #expect(found == ["Dana Vessa"])
    }

    @Test func aLeadSingerToo() {
        let found = speakers([
            "Tarvan band Kestrel Hill closed the Marrowby festival on Sunday. Kestrel Hill lead singer Bram Tolley "
                + "thanked the organisers. He told the crowd: \"This field is where we played our very first show.\""
        ])
        #expect(found == ["Bram Tolley"])
    }

    @Test func aVerbBetweenTwoPeopleIsNoRole() {
        let found = speakers([
            "Ann Tolley met singer Bram Quince in Marrowby on Sunday. She said: \"We talked about the old days "
                + "for an hour.\""
        ])
        #expect(found == ["Ann Tolley"])
    }
}
