import ArticleModel
import Testing

@testable import Extraction

/// `Dornack's damson pie won first place … He told the crowd: "…"`: the person whose thing opens a sentence as
/// its subject is whom a `he` or `she` after it stands for; not when the thing is someone (`Dornack's grandson`),
/// nor when someone unnamed acts or is acted on after it (`Marrow's plan angered the mayor`) (sentences written
/// for these tests).
@Suite struct QuotePossessorTopicTests {
    func speakers(_ paragraphs: [String]) -> [String?] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes.map(\.speaker)
    }

    @Test func theOwnerOfTheSubjectIsWhomHeStandsFor() {
        let found = speakers([
            "At the Marrowby county fair on Saturday, judges Owen Tarr and Hugh Welk gave the prize for best pie "
                + "to Edwin Dornack, whose sons Karl and Peter Dornack had baked against him.",
            "Dornack's damson pie won first place ahead of tarts from Jon Vessan, Kate Holm and Ivo Renk after two "
                + "hours of tasting. It was his fourth win at the fair. He told the crowd: \"I still use my "
                + "grandmother's tin, and I still burn the first batch.\"",
        ])
        #expect(found == ["Edwin Dornack"])
    }

    @Test func anOwnedPersonIsNotTheOwner() {
        let found = speakers([
            "At the Marrowby county fair on Saturday, judges Owen Tarr and Hugh Welk gave the prize for best pie "
                + "to Edwin Dornack.",
            "Dornack's grandson thanked Jon Vessan and Ivo Renk for lending their ovens. He told the crowd: "
                + "\"Without those two we would have had nothing to bake.\"",
        ])
        #expect(found == [nil])
    }

    @Test func someoneUnnamedActedOnLeavesTheOwnerOut() {
        let found = speakers([
            "Tessa Marrow's plan angered the mayor. \"It will ruin the old harbour,\" she said."
        ])
        #expect(found == [nil])
    }
}
