import ArticleModel
import Testing

@testable import Extraction

/// A plural nickname after `the` is a team beside a score written right after it (`the Vessa Gulls 5-4`)
/// or after `win over` / `victory over`.
@Suite struct EntityTeamNicknameScoreTests {
    func kind(_ name: String, in text: String) -> ExtractedEntity.Kind? {
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: text)])
        return TestData.extractor.extract(from: article).entities.first { $0.name == name }?.kind
    }

    @Test func aNicknameBeforeAScoreIsATeam() {
        let text = "Late goals lifted the home side past the Maresk Gulls 5-4 on Tuesday night."
        #expect(kind("Maresk Gulls", in: text) == .organization)
    }

    @Test func aNicknameAfterAWinOverIsATeam() {
        let text = "It was a third straight win over the Tarvan Falcons for the young goalkeeper."
        #expect(kind("Tarvan Falcons", in: text) == .organization)
    }
}
