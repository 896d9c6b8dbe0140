import ArticleModel
import Testing

@testable import Extraction

/// A cue word before a name says its kind only where the name itself says nothing else: a given name and a
/// surname after a trade word stay a person's (`rescued miner Tom Hale`), and a nation's nickname before a
@Suite struct EntityCueLimitTests {
    func kind(_ name: String, in text: String) -> ExtractedEntity.Kind? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).entities.first { $0.name == name }?.kind
    }

    @Test func aGivenNameAndSurnameAfterATradeWordStayAPerson() {
        #expect(kind("Tom Hale", in: "The rescued miner Tom Hale said he was glad to be home.") != .organization)
        #expect(kind("Ann Roe", in: "The supermarket Ann Roe opened in 1990 still trades.") != .organization)
        // A name that opens with no given name stays the company the trade word says.
        #expect(kind("Harrow Resources", in: "Gold miner Harrow Resources said output fell.") == .organization)
    }

    @Test func aNationsNicknameBeforeARoleIsNoClub() {
        #expect(kind("Aussie", in: "The Aussie striker Tom Hale scored twice on Friday.") != .organization)
    }
}
