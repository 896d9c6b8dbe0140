import ArticleModel
import Testing

@testable import Extraction

/// A dateline's place before its outlet's credit (`PARIS (Sputnik)`, `Lyon (AFP) -`, `BEIRUT, Lebanon (AP) —`)
/// says where the report was filed: the sentence's own place stays the site, and the place a sentence names
/// under its dateline is still the one a later sentence points back to.
@Suite struct FigureDatelineSiteTests {
    func figures(_ paragraphs: [String]) -> [Figure] {
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).figures
    }

    @Test(arguments: [
        (
            "PARIS (Sputnik) Four people were killed and nine were injured in a shelling of the western districts "
                + "of Aleppo on Tuesday, a hospital source said.",
            4.0, "Aleppo"
        ),
        ("Lyon (AFP) - Eleven people were killed by a car bomb in the town of Azaz on Tuesday.", 11, "Azaz"),
        ("BEIRUT, Lebanon (AP) — Seven people died when shells hit Idlib on Friday.", 7, "Idlib"),
        ("HAMA (Syria) (Sputnik) Five soldiers were killed in an ambush near Saraqib.", 5, "Saraqib"),
    ])
    func theSentencesOwnPlaceOverItsDateline(text: String, value: Double, expected: String) {
        #expect(figures([text]).first { $0.value == value }?.site == expected)
    }

    @Test func aDatelineAloneIsNoSite() {
        let found = figures(["PARIS (Reuters) - Six people were killed in a blast on Monday."])
        #expect(found.first { $0.value == 6 }.map { $0.site == nil && $0.earlierSite == nil } == true)
    }

    @Test func aHeadlineRunIntoTheBodyBeforeItsDatelineKeepsItsPlace() {
        // (A page's headline glued to the body under its dateline: each part keeps its own places.)
        let found = figures([
            "Jets Kill 40 Fighters in Hama Province PARIS (Sputnik) The coalition has killed more than 20 militants "
                + "who were planning attacks, the Pentagon said."
        ])
        #expect(found.first { $0.value == 40 }?.site == "Hama")
        #expect(found.first { $0.value == 20 }.map { $0.site == nil } == true)
    }

    @Test(arguments: [
        (
            [
                "MOSCOW (Sputnik) A car bomb exploded in the city of Homs on Sunday. At least 8 people were killed in the city."
            ], 8.0, "Homs"
        ),
        (
            [
                "LYON (AFP) - Jets bombed the town of Saraqib on Sunday, a monitor said.",
                "The report said at least 12 civilians died.",
            ],
            12, "Saraqib"
        ),
    ])
    func thePlaceNamedUnderADatelineStandsForTheNextSentence(paragraphs: [String], value: Double, expected: String) {
        let figure = figures(paragraphs).first { $0.value == value }
        #expect((figure?.site ?? figure?.earlierSite) == expected)
    }
}
