import ArticleModel
import Testing

@testable import Extraction

/// A name's head word says its kind: the last word (`the Dornholm Quarry Museum`), or the word before an
/// `of`, a `for` or an `Against` inside it (`the League Against Marrowby Quarries`). Standing alone after a
/// lowercase `the`, where a name with no such word is dropped (``EntityNamesAfterTheTests``), a name with
/// one is kept with the kind it gives.
@Suite struct EntityHeadWordKindTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Weekend", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func describe(_ found: [ExtractedEntity]) -> String { "\(found.map { ($0.name, $0.kind) })" }

    /// Heads of organisations' and places' names, each closing a run that stands alone after `the`.
    static let heads: [(head: String, kind: ExtractedEntity.Kind)] = [
        ("Museum", .place), ("Bridge", .place), ("Square", .place), ("Stadium", .place), ("Street", .place),
        ("Valley", .place), ("Mountains", .place), ("Airport", .place), ("Council", .organization),
        ("Committee", .organization), ("Party", .organization), ("Foundation", .organization),
        ("Agency", .organization), ("Ministry", .organization), ("Institute", .organization),
        ("University", .organization), ("Front", .organization), ("Directorate", .organization),
    ]

    @Test(arguments: heads)
    func aRunAfterTheEndingInAHeadKeepsItsKind(_ head: String, _ kind: ExtractedEntity.Kind) {
        let found = entities(["Ann Vessa spoke about the Tarvel Orrin \(head), and the crowd in Dornholm cheered."])
        // (`Valley`, `Mountains`: a place's head that its name leaves out, `Tarvel Orrin`.)
        #expect(found.contains { $0.name.hasPrefix("Tarvel Orrin") && $0.kind == kind }, "\(describe(found))")
    }

    @Test func aBodyNamedForWhatItOpposesIsAnOrganisation() {
        let found = entities([
            "League Against Marrowby Quarries said on Friday that it would march through Dornholm.",
        ])
        #expect(
            found.contains { $0.name == "League Against Marrowby Quarries" && $0.kind == .organization },
            "\(describe(found))")
    }

    @Test func aBodyNamedForWhatItOpposesStandingAfterTheIsKept() {
        let found = entities(["Farmers in Dornholm wrote to the League Against Marrowby Quarries."])
        #expect(
            found.contains { $0.name == "League Against Marrowby Quarries" && $0.kind == .organization },
            "\(describe(found))")
    }

    @Test func anAgencysDirectorateAfterItsPossessiveIsAnOrganisation() {
        let found = entities(["Ann Vessa works in Kelvar's Deep Survey Directorate near Dornholm."])
        #expect(
            found.contains { $0.name == "Deep Survey Directorate" && $0.kind == .organization }, "\(describe(found))")
        #expect(!found.contains { $0.name.contains("Directorate") && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aRunWithNoHeadWordAfterTheIsStillDropped() {
        let found = entities(["Ann Vessa later sang for years with the Kestrel Orrin Lanterns."])
        #expect(!found.contains { $0.name.contains("Lanterns") }, "\(describe(found))")
    }
}
