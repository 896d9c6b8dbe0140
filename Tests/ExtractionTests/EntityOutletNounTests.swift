import ArticleModel
import Testing

@testable import Extraction

/// A word for a news outlet right before a name of two or three words (`the magazine Mac Vessa`) makes it
/// an organisation; a given name first stays a person's, and so does a name after `broadcaster` (a trade).
@Suite struct EntityOutletNounTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    @Test func aMagazinesNameIsAnOrganization() {
        let found = entities(["Tom Hale, deputy editor of the computing magazine Byte Kelvar, liked the new laptop."])
        #expect(found.contains { $0.name == "Byte Kelvar" && $0.kind == .organization })
    }

    @Test func aChannelsNameIsAnOrganization() {
        let found = entities(["Viewers of the music channel Kestrel Beats voted her the best new act of the year."])
        #expect(found.contains { $0.name == "Kestrel Beats" && $0.kind == .organization })
    }

    @Test func aGivenNameAfterWebsiteStaysAPerson() {
        let found = entities(["In a piece on the paper's website Charles Marrowby of the Dornholm Institute argued for talks."])
        #expect(!found.contains { $0.name == "Charles Marrowby" && $0.kind == .organization })
    }

    @Test func aNameAfterToldTheNewspaperIsNoOrganization() throws {
        // `told the newspaper` is followed by what was told: the name opens a clause of its own.
        let found = entities(["A spokesman told the newspaper Mbali Dlamini had resigned."])
        let named = try #require(found.first { $0.name == "Mbali Dlamini" })
        #expect(named.kind == .person)
    }

    @Test func aNameAfterBroadcasterStaysAPerson() {
        let found = entities(["Tributes were paid to the broadcaster Rennick Marrowby, who died at his Dornholm home."])
        #expect(!found.contains { $0.name == "Rennick Marrowby" && $0.kind == .organization })
    }
}
