import ArticleModel
import Testing

@testable import Extraction

/// Sites of casualty counts in run-on text (one long paragraph naming several places, as scraped pages
/// give it): a place after `the bombing of`, a follow-up count after a sentence naming one place, a source
/// described as `UK based` and a tag list run into the text name no site of their own.
@Suite struct FigureFollowUpSiteTests {
    func figures(_ text: String) -> [Figure] {
        let article = Article(
            title: "Report",
            paragraphs: [
                Paragraph(kind: .standfirst, text: "By a staff reporter."), Paragraph(kind: .body, text: text),
            ])
        return TestData.extractor.extract(from: article).figures
    }

    func described(_ figures: [Figure]) -> String {
        "\(figures.map { ($0.text, $0.site ?? "-", $0.earlierSite ?? "-") })"
    }

    @Test(arguments: [
        ("Activists said at least 20 civilians were killed in heavy aerial bombing of Saraqib on Friday.", "Saraqib"),
        ("The shelling of Saraqib on Monday killed 12 people, a monitor said.", "Saraqib"),
        ("Eight people died in the bombardment of rebel-held Douma overnight.", "Douma"),
        // `outside of` as `outside`; a province's town with the apostrophe lost.
        ("Gunmen killed 40 people at a checkpoint outside of Saraqib.", "Saraqib"),
        ("Jets killed 7 people in Idlib provinces Saraqib on Monday.", "Saraqib"),
    ])
    func thePlaceOfABombardmentIsTheSite(text: String, expected: String) {
        let found = figures(text).first { $0.event == "killed" }
        #expect(found?.site == expected, "\(described(figures(text)))")
    }

    @Test(arguments: [
        // A follow-up count after the sentence naming where the bombing was.
        (
            "Shells fell on the village of Tarn last week. Activists said at least 20 civilians were killed in "
                + "aerial bombing of Saraqib on Friday. Three more civilians were killed and 15 others were hurt on "
                + "Friday evening in a barrel bomb attack.",
            "Saraqib"
        ),
        (
            "Shells fell on the village of Tarn last week. The shelling of Saraqib killed 20 people on Friday. "
                + "Three more civilians died there later that evening.",
            "Saraqib"
        ),
        // A quote going on after a sentence naming the place, its source described as `UK based`.
        (
            "Shells fell on the village of Tarn last week. Monitor head Ann Roe, a UK based activist, said a "
                + "warplane had targeted the market in the town of Karmun. \"At least three people were killed "
                + "including two children,\" she said.",
            "Karmun"
        ),
    ])
    func aFollowUpCountTakesThePlaceBefore(text: String, expected: String) {
        let found = figures(text).first { $0.value == 3 }
        #expect(found != nil)
        #expect(found?.site ?? found?.earlierSite == expected, "\(described(figures(text)))")
    }

    @Test(arguments: [
        // Two places bombed before: which one is unknown.
        "Shells fell on the village of Tarn last week. Twenty civilians were killed in the bombing of Saraqib and "
            + "Douma on Friday. Three more civilians died later that evening.",
        // `based on` says nothing of where someone sits: the place stays the count's own.
        "Shells fell on the village of Tarn last week. Twenty civilians were killed in the bombing of Saraqib on "
            + "Friday. Three more civilians died in Douma, based on hospital records.",
    ])
    func noFollowUpPlaceFromSeveral(text: String) {
        let found = figures(text).first { $0.value == 3 }
        #expect(found != nil)
        #expect(found?.earlierSite == nil, "\(described(figures(text)))")
    }

    @Test(arguments: [
        // The bombing is what the count answers, not where it happened.
        "Gunboats sank a ferry and killed 14 sailors on Friday in retaliation for the bombing of Saraqib.",
        "Militants retaliated against the shelling of Douma by killing 6 guards at a border post.",
        "Police killed 9 people at rallies protesting the aerial bombing of Saraqib.",
        "The army killed 11 fighters in response to the bombardment of Douma.",
    ])
    func aBombardmentTheCountAnswersIsNoSite(text: String) {
        let found = figures(text).first { $0.event == "killed" }
        #expect(found != nil)
        #expect(found?.site == nil, "\(described(figures(text)))")
    }

    @Test func aPlaceBeforeBasedOnIsStillTheSite() {
        let text = "Twelve people were killed in Saraqib based on hospital records, a monitor said."
        #expect(figures(text).first { $0.value == 12 }?.site == "Saraqib", "\(described(figures(text)))")
    }

    @Test func aTagListRunIntoTheTextNamesNoSite() {
        // A lead run into the tag list and the next lead: the tags are no places of either count.
        let text =
            "At least 9 civilians were killed in airstrikes on a market in Idlib provinces Saraqib Tags Syria "
            + "Aleppo Homs airstrike Almost a dozen civilians were killed on Sunday."
        let found = figures(text)
        #expect(found.first { $0.value == 9 }?.site == "Saraqib", "\(described(found))")
        let next = found.first { $0.value == 12 }
        #expect(next != nil)
        #expect(!["Syria", "Aleppo", "Homs"].contains(next?.site ?? next?.earlierSite ?? "-"), "\(described(found))")
        // The tag list ends where a word says where or what was struck.
        #expect(FigurePlaces.tagRunEnd(after: 0, in: Tokenizer().tokens(in: "Tags Syria Aleppo Jets bombed Homs")) == 4)
    }
}
