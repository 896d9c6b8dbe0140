import ArticleModel
import Testing

@testable import Extraction

/// One-word names that carry their kind in their own letters or in the names listed beside them.
@Suite struct EntityOneWordNameTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func entity(_ found: [ExtractedEntity], _ name: String) -> ExtractedEntity? { found.first { $0.name == name } }

    @Test func aWordEndingInNewsIsANewsOutlet() {
        let found = entities([
            "Harbornews interviews a ferry captain about the winter timetable.",
            "The captain told Harbornews that two boats would stop in January.",
        ])
        #expect(entity(found, "Harbornews")?.kind == .organization)
    }

    @Test func aWordEndingInNewsOpeningASentenceIsStillAName() {
        let found = entities(["Quaynews spoke with the harbour master on Monday."])
        #expect(entity(found, "Quaynews")?.kind == .organization)
        #expect(entity(found, "Monday") == nil)
    }
}
