import ArticleModel
import Testing

@testable import Extraction

/// `Brenn's ballad beat songs by … He told the audience: "…"`: the person whose thing opens a sentence as its
/// subject is whom a `he` or `she` after it stands for; not when the thing is someone (`Brenn's manager`)
/// (sentences written for these tests).
@Suite struct QuotePossessorTopicTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func theOwnerOfTheSubjectIsWhomHeStandsFor() {
        let found = speakers([
            "Tarvan presenters Ann Lee and Bo Roe handed the best song prize to Tomas Brenn, who came dressed as "
                + "his former bandmates Karl Oster and Jon Hale.",
            "Brenn's ballad beat songs by Will Marek, Kate Dorn and Joy Vessel in a vote by Radio Kelvar "
                + "listeners. It is his twelfth award. He told the audience: \"I am just amazed that people still "
                + "come to the shows.\"",
        ])
        #expect(found == ["Tomas Brenn"])
    }

    @Test func anOwnedPersonIsNotTheOwner() {
        let found = speakers([
            "Tarvan presenters Ann Lee and Bo Roe handed the best song prize to Tomas Brenn on Monday.",
            "Brenn's manager praised Will Marek and Karl Oster for their support. He told the audience: \"We "
                + "owe the two of them a great deal.\"",
        ])
        #expect(found == [nil])
    }
}
