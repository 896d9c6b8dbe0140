import ArticleModel
import Testing

@testable import Extraction

/// Sources that stand apart from their verb: the one cited `as saying`, and a source followed by the place
/// it sits in (`SANA reporter in Hama said`, `the Observatory based in Britain said`); that place is no site
/// and does not keep a figure from the place an earlier sentence named.
@Suite struct FigureCitedAndBasedSourceTests {
    func figure(_ value: Double, in found: [Figure]) -> Figure? {
        found.first { $0.value == value }
    }

    @Test(arguments: [
        ("Vesk Radio cited the Kelvan defence ministry as saying 40 fighters were killed.", "Kelvan defence ministry"),
        (
            "The reporter quoted a source at Marlow Police Command as saying 3 people were hurt.",
            "Marlow Police Command"
        ),
    ])
    func theOneCitedAsSayingIsTheSource(text: String, source: String) {
        let found = TestData.bodyFigures(text)
        #expect(figure(text.contains("40") ? 40 : 3, in: found)?.source == source)
    }

    @Test(arguments: [
        "Reuters quoted residents as saying 9 people were killed in the raid.",
        "Reuters quoted a source at the Police command as saying 9 people were killed in the raid.",
    ])
    func theOneQuotingStaysTheSourceOfUnnamedSpeakers(text: String) {
        #expect(figure(9, in: TestData.bodyFigures(text))?.source == "Reuters")
    }

    @Test(arguments: [
        ("SANA reporter in Hama said that 6 civilians were killed in the shelling.", "SANA"),
        ("The Syrian Observatory for Human Rights based in Britain said 45 fighters had been killed.",
         "Syrian Observatory for Human Rights"),
    ])
    func aSourceBeforeThePlaceItSitsInIsTheSource(text: String, source: String) {
        let found = TestData.bodyFigures(text)
        #expect(figure(text.contains("45") ? 45 : 6, in: found)?.source == source)
    }

    @Test(arguments: [
        "The Syrian Observatory for Human Rights which monitors the war in Syria said 17 fighters were killed.",
        "The Britain-based Syrian Observatory for Human Rights which tracks the war said 17 fighters were killed.",
    ])
    func theNameBeforeARelativeClauseThatLostItsCommasIsTheSource(text: String) {
        #expect(figure(17, in: TestData.bodyFigures(text))?.source == "Syrian Observatory for Human Rights")
    }

    @Test func aPlaceBeforeTheVerbThatIsTheWholeSubjectNamesNoSource() {
        let found = TestData.bodyFigures("Activists in Hama said that 6 civilians were killed in the shelling.")
        #expect(figure(6, in: found)?.source == nil)
    }

    @Test func whereAnInstitutionSitsIsNoSite() {
        let found = TestData.bodyFigures(
            "Some 80 fighters were killed in air strikes in Syria over the past day, the ministry in Moscow said.")
        #expect(figure(80, in: found)?.site == "Syria")
    }

    @Test(arguments: [
        ("The health ministry in Gaza said 40 people were killed in the strikes.", "Gaza"),
        ("The police department in Dallas said five people were killed.", "Dallas"),
    ])
    func anInstitutionsPlaceNamedAloneStaysTheSite(text: String, site: String) {
        #expect(TestData.bodyFigures(text).first?.site == site)
    }

    @Test(arguments: [
        "Kurdish fighters battling ISIS in Raqqa said 30 militants were killed.",
        "Troops backed by Russia in Latakia said 30 militants were killed.",
    ])
    func theObjectOfAParticipleBeforeAPlaceIsNoSource(text: String) {
        #expect(TestData.bodyFigures(text).first { $0.value == 30 }?.source == nil)
    }

    @Test func aHyphenedParticipleDescribesTheSource() {
        let found = TestData.bodyFigures("The Saudi-led coalition in Riyadh said 30 militants were killed.")
        #expect(found.first { $0.value == 30 }?.source == "Saudi-led coalition")
    }

    @Test func whereTheSourceIsBasedLeavesThePlaceNamedBefore() {
        let article = Article(
            title: "Report",
            paragraphs: [
                Paragraph(kind: .body, text: "Jets bombed the town of Saraqib on Monday."),
                Paragraph(
                    kind: .body,
                    text: "The Syrian Observatory for Human Rights based in Britain said 12 civilians were killed."),
            ])
        let found = TestData.extractor.extract(from: article).figures
        #expect(figure(12, in: found)?.site == nil)
        #expect(figure(12, in: found)?.earlierSite == "Saraqib")
    }
}
