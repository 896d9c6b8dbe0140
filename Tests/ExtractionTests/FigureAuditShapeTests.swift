import ArticleModel
import Testing

@testable import Extraction

/// Small figure shapes a hand audit of unseen articles found: a name between descriptions in a `with …
/// saying` clause, counts of bodies, helpers beside `the wounded`, and `just short of` bounds.
@Suite struct FigureAuditShapeTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    func figure(_ value: Double, in found: [Figure]) -> Figure? { found.first { $0.value == value } }

    // MARK: - Sources in `with … saying`

    @Test func aNameBetweenDescriptionsInAWithClauseReports() {
        let found = figures([
            "Gunmen raided a depot in Tarvos on Friday, with the official Veltra news agency saying at least 7 died."
        ])
        #expect(figure(7, in: found)?.source == "Veltra")
    }

    @Test func aNameBeforeAMonitorAfterWithReports() {
        let found = figures(["Shelling went on near Tarvos, with the independent Orlen monitor saying 16 people died."])
        #expect(figure(16, in: found)?.source == "Orlen")
    }

    @Test func aDescriptionWithNoNameInAWithClauseReportsNothing() {
        let found = figures(["Shelling went on near Tarvos, with the official news agency saying 16 people died."])
        #expect(figure(16, in: found)?.source == nil)
    }

    @Test func aNameAfterAnUnknownWordInAWithClauseStaysUnnamed() {
        let found = figures(["Shelling went on near Tarvos, with the UN refugee agency saying 16 people fled."])
        #expect(figure(16, in: found)?.source == nil)
    }

    // MARK: - Bodies

    @Test func aCountOfBodiesIsACountOfTheDead() {
        let found = figures([
            "Divers found the bodies of four fishermen off Kelso on Sunday.",
            "The bodies of 23 miners were recovered from the shaft.",
        ])
        #expect(figure(4, in: found)?.event == "killed")
        #expect(figure(23, in: found)?.event == "killed")
    }

    // MARK: - Helpers of the wounded

    @Test func helpersOfTheWoundedAreNotWounded() {
        let found = figures(["Three medics dragged one of the injured behind a wall in Kelso."])
        #expect(figure(3, in: found)?.event == nil)
    }

    @Test func aCountAmongTheDeadIsDead() {
        let found = figures(["Six guards were among the dead in Kelso."])
        #expect(figure(6, in: found)?.event == "killed")
    }

    @Test func aCountMakingUpTheRestOfTheDeadIsDead() {
        let found = figures(["Two drivers and 9 gunmen made up the rest of the dead, officials in Kelso said."])
        #expect(figure(9, in: found)?.event == "killed")
    }

    // MARK: - Bounds

    @Test(arguments: ["just short of", "just shy of", "shy of"])
    func aCountJustShortOfANumberIsUnderIt(_ words: String) {
        let found = figures(["The appeal raised \(words) $450,000 for the hospital."])
        #expect(figure(450_000, in: found)?.approx == .under)
    }
}
