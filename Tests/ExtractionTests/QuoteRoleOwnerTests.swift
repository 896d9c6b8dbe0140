import ArticleModel
import Testing

@testable import Extraction

/// A role owned by an organisation (`its chief`, `the company's chief executive`) names only the person
/// the article gives that role at that organisation (sentences written for these tests).
@Suite struct QuoteRoleOwnerTests {
    func quotes(_ paragraphs: [String]) -> [Quote] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes
    }

    @Test func itsChiefIsNotAnotherCompanysChief() {
        let found = quotes([
            "Norwell Shipping Ltd chief executive Ruth Amsel met bankers in Hamburg on Friday.",
            "Castell Freight Ltd has held “long, detailed and very useful” talks with Norwell, its chief "
                + "executive has said.",
            "“We have not yet seen a serious offer from anyone,” the company's chief executive said.",
        ])
        #expect(!found.contains { $0.speaker == "Ruth Amsel" }, "\(found.map { ($0.text, $0.speaker) })")
    }

    @Test func aRoleWithoutAnOwnerStillNamesItsPerson() {
        let found = quotes([
            "Norwell Shipping Ltd chief executive Ruth Amsel met bankers in Hamburg on Friday.",
            "“We have not yet seen a serious offer from anyone,” the chief executive said.",
        ])
        #expect(found.map(\.speaker) == ["Ruth Amsel"])
    }

    @Test func aRoleAtTheSameOrganisationNamesItsPerson() {
        let found = quotes([
            "Norwell Shipping Ltd chief executive Ruth Amsel met bankers in Hamburg on Friday.",
            "“We have not yet seen a serious offer from anyone,” the Norwell Shipping Ltd chief executive said.",
        ])
        #expect(found.map(\.speaker) == ["Ruth Amsel"])
    }
}
